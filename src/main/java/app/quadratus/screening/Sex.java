package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** Sex as recorded at intake; optional. */
public enum Sex implements Term {

	FEMALE("female", "Female"),
	MALE("male", "Male"),
	OTHER("other", "Other"),
	UNKNOWN("unknown", "Not known");

	private final String id;

	private final String label;

	Sex(String id, String label) {
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
