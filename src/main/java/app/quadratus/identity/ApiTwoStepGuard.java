package app.quadratus.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic sends a password alone, so it must not open the API for an account that needs a second
 * step at the sign-in page (enrolled, or its clinic requires it): every way in is as strong as the
 * strongest (OWASP ASVS 6.1.3). Such accounts would use API tokens, which do not exist yet.
 */
class ApiTwoStepGuard extends OncePerRequestFilter {

	private final TwoStepSignIn twoStep;

	ApiTwoStepGuard(TwoStepSignIn twoStep) {
		this.twoStep = twoStep;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
				&& twoStep.after(account) != TwoStepSignIn.SecondStep.NONE) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Basic realm=\"Quadratus\"");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"This account signs in with two steps; the API does not accept its password alone.\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
