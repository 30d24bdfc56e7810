package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** How a trigger point responded to a release. */
public enum ReleaseOutcome implements Term {

	RELEASED("released", "Released"), PARTLY("partly", "Partly released"), NOT_RELEASED("not-released", "Not released");

	private final String id;

	private final String label;

	ReleaseOutcome(String id, String label) {
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
