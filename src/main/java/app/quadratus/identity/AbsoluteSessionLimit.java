package app.quadratus.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import app.quadratus.shared.security.ClinicPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session ends 12 hours after sign-in however busy it is (PRODUCT.md, privacy: 30-minute
 * idle and 12-hour absolute lifetime; OWASP ASVS 3.3). The idle limit is the servlet session timeout.
 */
class AbsoluteSessionLimit extends OncePerRequestFilter {

	static final Duration LIFETIME = Duration.ofHours(12);

	static final String SIGNED_IN_AT = AbsoluteSessionLimit.class.getName() + ".signedInAt";

	private final Clock clock;

	AbsoluteSessionLimit(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		boolean signedIn = session != null && SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof ClinicPrincipal;
		if (signedIn) {
			Instant now = clock.instant();
			Object since = session.getAttribute(SIGNED_IN_AT);
			if (since == null) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (((Instant) since).plus(LIFETIME).isBefore(now)) {
				EndedSessions.end(session, request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
