package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** A red-flag answer; a question not asked counts as {@link #UNKNOWN}, never as no. */
public enum Answer implements Term {

	YES("yes", "Yes"),
	NO("no", "No"),
	UNKNOWN("unknown", "Not known");

	private final String id;

	private final String label;

	Answer(String id, String label) {
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
