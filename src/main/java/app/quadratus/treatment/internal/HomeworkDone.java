package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** Whether the client did their home programme since the last session. */
public enum HomeworkDone implements Term {

	DONE("done", "Done"), PARTLY("partly", "Partly done"), NOT("not", "Not done"), NONE_SET("none-set", "None set");

	private final String id;

	private final String label;

	HomeworkDone(String id, String label) {
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
