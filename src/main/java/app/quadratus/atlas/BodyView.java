package app.quadratus.atlas;

/** The two body-chart drawings. */
public enum BodyView implements Term {

	FRONT("front", "Front"), BACK("back", "Back");

	private final String id;

	private final String label;

	BodyView(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}
}
