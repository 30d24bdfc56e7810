package app.quadratus.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-signed-in session (right password, second step still to come) on its code or
 * enrolment page: every other page sends it there, and after ten minutes it must sign in again.
 * The services refuse it too (it has no role), so this is the friendly layer, not the only one.
 */
class SecondStepGate extends OncePerRequestFilter {

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/img/", "/js/", "/webjars/");

	private static final List<String> OPEN_PATHS = List.of("/logout", "/favicon.ico", "/error");

	private final Clock clock;

	private final SecondStepSession session;

	SecondStepGate(Clock clock, SecondStepSession session) {
		this.clock = clock;
		this.session = session;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<SecondStepPending> pending = SecondStepSession.pending();
		if (pending.isPresent()) {
			if (pending.get().expiredAt(clock.instant())) {
				session.end(request);
				response.sendRedirect(request.getContextPath() + "/login");
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean open = path.equals(pending.get().page()) || OPEN_PATHS.contains(path)
					|| OPEN_PREFIXES.stream().anyMatch(path::startsWith);
			if (!open) {
				response.sendRedirect(request.getContextPath() + pending.get().page());
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
