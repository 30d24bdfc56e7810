package app.quadratus.shared.security;

/** Who someone is to a clinic. PARTNER and HIRER sign in through their own pages (later issues). */
public enum Role {
	OWNER, THERAPIST, RECEPTION, CLIENT, PARTNER, HIRER;

	public boolean isStaff() {
		return this == OWNER || this == THERAPIST || this == RECEPTION;
	}

	public boolean seesClinicalRecords() {
		return this == OWNER || this == THERAPIST;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
