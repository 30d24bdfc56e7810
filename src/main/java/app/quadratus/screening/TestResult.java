package app.quadratus.screening;

import app.quadratus.atlas.Term;

/** A test result; a test not sent counts as {@link #NOT_DONE}. */
public enum TestResult implements Term {

	POSITIVE("positive", "Positive"),
	NEGATIVE("negative", "Negative"),
	NOT_DONE("not-done", "Not done");

	private final String id;

	private final String label;

	TestResult(String id, String label) {
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
