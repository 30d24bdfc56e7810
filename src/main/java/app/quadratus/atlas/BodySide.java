package app.quadratus.atlas;

/** Which side of the body a mark or a shape is on. */
public enum BodySide implements Term {

	LEFT("left", "Left"), RIGHT("right", "Right"), BOTH("both", "Both sides"), MIDLINE("midline", "Midline");

	private final String id;

	private final String label;

	BodySide(String id, String label) {
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
