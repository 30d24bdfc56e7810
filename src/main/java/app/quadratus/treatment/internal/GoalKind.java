package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** What a plan goal measures: an outcome measure, a functional activity rated 0 to 10, or a free goal with a date. */
public enum GoalKind implements Term {

	MEASURE("measure", "Outcome measure"), ACTIVITY("activity", "Functional activity"), FREE("free", "Free goal");

	private final String id;

	private final String label;

	GoalKind(String id, String label) {
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
