package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** A session goal as reviewed at the end of the session. */
public enum GoalResult implements Term {

	MET("met", "Met"), PARTLY("partly", "Partly met"), NOT_MET("not-met", "Not met");

	private final String id;

	private final String label;

	GoalResult(String id, String label) {
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
