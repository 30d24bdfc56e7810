package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** The phases of a plan: relief of pain, restoring function, maintenance. */
public enum PlanPhaseKind implements Term {

	RELIEF("relief", "Relief"), RESTORE("restore", "Restore"), MAINTAIN("maintain", "Maintain");

	private final String id;

	private final String label;

	PlanPhaseKind(String id, String label) {
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
