package app.quadratus.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import app.quadratus.shared.security.AccessRefused;
import app.quadratus.shared.security.Kiosk;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A handed-over session reaches the handed-over pages, the kiosk page and static files, nothing else:
 * a typed URL, a bookmark or the Back button lands on the kiosk page. Runs before sign-in, sign-out and
 * every page, so a client can neither browse nor sign in as someone else on the therapist's session.
 */
class KioskGate extends OncePerRequestFilter {

	private static final List<String> ASSETS = List.of("/css/", "/js/", "/img/", "/webjars/");

	private final ApplicationEventPublisher events;

	KioskGate(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<KioskLock> lock = TabletKiosk.lockOf(request.getSession(false));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (lock.isEmpty() || reachable(lock.get(), path)) {
			chain.doFilter(request, response);
			return;
		}
		KioskLock locked = lock.get();
		events.publishEvent(new AccessRefused(KioskPrincipal.handedOverBy(locked.staffAccount(),
				locked.handOver().clientId()), request.getMethod(), path));
		// 303: whatever the method, the browser fetches the kiosk page next.
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + Kiosk.PAGE);
	}

	private static boolean reachable(KioskLock lock, String path) {
		return lock.handOver().allows(path) || path.equals(Kiosk.PAGE) || path.startsWith(Kiosk.PAGE + "/")
				|| path.equals("/favicon.ico") || path.equals("/error") || ASSETS.stream().anyMatch(path::startsWith);
	}
}
