package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** How the episode began. */
public enum OnsetType implements Term {

	SUDDEN("sudden", "Sudden"),
	GRADUAL("gradual", "Gradual"),
	TRAUMA("trauma", "After an injury"),
	UNKNOWN("unknown", "Not known");

	private final String id;

	private final String label;

	OnsetType(String id, String label) {
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
