package app.quadratus.careteam.internal;

import java.io.IOException;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import app.quadratus.shared.web.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A care-team member reaches their own pages and nothing else: every other path (staff pages, the
 * portal, the API under /api/v1, the API description) is "not found" for a PARTNER sign-in, before any
 * controller runs, whatever a role annotation further in would say. Runs after Spring Security's
 * filters (order 0 &gt; its -100), so the sign-in is known.
 */
class PartnerGate extends OncePerRequestFilter {

	private static final String[] OPEN = { "/partner", "/logout", "/login", "/css/", "/js/", "/img/", "/webjars/",
			"/favicon.ico", "/error", "/invitation/", "/password/" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean partner = CurrentUser.find().map(p -> p.role() == Role.PARTNER).orElse(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (partner && !path.equals("/") && !allowed(path)) {
			if (path.startsWith("/api/")) {
				// The API answers in problem JSON, refusals included (core-api.md).
				ProblemResponse.write(response, HttpStatus.NOT_FOUND, "Not found.");
			}
			else {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		for (String open : OPEN) {
			if (path.equals(open) || path.startsWith(open.endsWith("/") ? open : open + "/")) {
				return true;
			}
		}
		return false;
	}
}
