package app.quadratus.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a session that {@link SignedInSessions} ended (account disabled, role changed, password reset),
 * on whichever instance its next request arrives: the mark is an attribute of the stored session.
 *
 * <p>Spring Security's ConcurrentSessionFilter does the same but reads the session a second time through
 * the session registry on every request; this reads the mark from the request's own session, which the
 * session filter has just loaded from the database.
 */
class EndedSessions extends OncePerRequestFilter {

	/**
	 * The mark Spring Session's {@code SpringSessionBackedSessionInformation.expireNow()} sets (the class
	 * and its constant are not public; SessionLifetimeTest and TwoInstancesTest fail if it ever changes).
	 */
	static final String ENDED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ENDED) != null) {
			end(session, request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Ends the session here and now and sends the browser to sign in again, told why ("expired"). */
	static void end(HttpSession session, HttpServletRequest request, HttpServletResponse response) throws IOException {
		session.invalidate();
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}
}
