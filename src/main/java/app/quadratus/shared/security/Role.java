package app.quadratus.shared.security;

/**
 * Who someone is to a clinic. PARTNER and HIRER sign in through their own pages (later issues). KIOSK
 * is never an account's role: it is a staff session handed to a client on the clinic's tablet, which
 * reaches only the handed-over pages until a member of staff unlocks it ({@link Kiosk}).
 */
public enum Role {
	OWNER, THERAPIST, RECEPTION, CLIENT, PARTNER, HIRER, KIOSK;

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
