package app.quadratus.shared.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person of the current request. Every clinic-scoped query takes its clinic id from here,
 * never from the request, so no URL or form can reach another clinic.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<ClinicPrincipal> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ClinicPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public static ClinicPrincipal get() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("nobody is signed in"));
	}

	public static UUID clinicId() {
		return get().clinicId();
	}

	/**
	 * The client record of a signed-in client account.
	 *
	 * @throws app.quadratus.shared.NotFoundException for anyone else (staff have no "own" record)
	 */
	public static UUID ownClientId() {
		ClinicPrincipal who = get();
		if (who.role() != Role.CLIENT || who.clientId() == null) {
			throw new app.quadratus.shared.NotFoundException("client");
		}
		return who.clientId();
	}
}
