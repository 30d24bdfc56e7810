package app.quadratus.identity;

import java.io.Serializable;
import java.util.UUID;

import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.Role;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person of a session handed to a client on the tablet. It keeps the clinic and the account of the
 * member of staff who handed it over (who stays accountable), but its role is KIOSK: services for staff
 * refuse it, and the audit log shows the client's answers as given on the tablet.
 */
record KioskPrincipal(UUID accountId, UUID clinicId, String email, String displayName, UUID clientId)
		implements ClinicPrincipal, AuthenticatedPrincipal, Serializable {

	static KioskPrincipal handedOverBy(ClinicPrincipal staff, UUID clientId) {
		return new KioskPrincipal(staff.accountId(), staff.clinicId(), staff.email(), staff.displayName(), clientId);
	}

	/**
	 * The handing-over member of staff's sign-in email: sessions are indexed by it (Spring Session), so
	 * disabling that account ends its handed-over tablets too.
	 */
	@Override
	public String getName() {
		return email;
	}

	@Override
	public Role role() {
		return Role.KIOSK;
	}
}
