package app.quadratus.treatment.internal;

import app.quadratus.atlas.Term;

/** How the client agreed a plan: on the clinic's tablet (typed name) or later in the portal. */
public enum AgreementMethod implements Term {

	IN_CLINIC("in-clinic", "In clinic"), PORTAL("portal", "Client portal");

	private final String id;

	private final String label;

	AgreementMethod(String id, String label) {
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
