package app.quadratus.careteam.internal;

import java.util.List;
import java.util.function.Supplier;

import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as the signed-in partner looking through one live share: for its duration the principal is a
 * {@link ShareView} in the share's clinic, so other modules' {@code @CareTeamAccess} methods scope their
 * queries by that clinic and client, and audit as the partner in that clinic's log. The partner's own
 * sign-in is restored afterwards (it is never saved to the session: Spring Security saves a context only
 * when told to).
 */
@Component
class CareTeamScope {

	<T> T as(CareShare share, Supplier<T> work) {
		ClinicPrincipal partner = CurrentUser.get();
		if (partner.role() != Role.PARTNER || !partner.accountId().equals(share.partnerAccountId())) {
			throw new app.quadratus.shared.NotFoundException("client");
		}
		ShareView view = new ShareView(partner.accountId(), share.clinicId(), partner.email(), partner.displayName(),
				share.clientId(), share.id(), share.parts());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext scoped = SecurityContextHolder.createEmptyContext();
		scoped.setAuthentication(new UsernamePasswordAuthenticationToken(view, null,
				List.of(new SimpleGrantedAuthority(Role.PARTNER.authority()))));
		SecurityContextHolder.setContext(scoped);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
