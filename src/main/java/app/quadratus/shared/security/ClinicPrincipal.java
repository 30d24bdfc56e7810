package app.quadratus.shared.security;

import java.util.UUID;

/** The signed-in person as every module sees them: whose clinic, which role. */
public interface ClinicPrincipal {

	UUID accountId();

	UUID clinicId();

	Role role();

	String email();

	String displayName();

	/** The client record a CLIENT account belongs to; null for everyone else. */
	UUID clientId();
}
