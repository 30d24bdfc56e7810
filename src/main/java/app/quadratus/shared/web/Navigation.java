package app.quadratus.shared.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which links of the shared layout the signed-in person reaches, decided once per request from their
 * authorities (the same test as {@code hasRole}). The layout used to evaluate nine {@code sec:authorize}
 * expressions on every page, each parsing and evaluating a security expression.
 */
record Navigation(boolean staff, boolean owner, boolean clinical, boolean hirer, boolean client) {

	static final Navigation NONE = new Navigation(false, false, false, false, false);

	static Navigation of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return NONE;
		}
		Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean owner = roles.contains("ROLE_OWNER");
		boolean therapist = roles.contains("ROLE_THERAPIST");
		return new Navigation(owner || therapist || roles.contains("ROLE_RECEPTION"), owner, owner || therapist,
				roles.contains("ROLE_HIRER"), roles.contains("ROLE_CLIENT"));
	}
}
