package app.quadratus.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After a right password: straight to the start page, or, for staff with two-step sign-in (or whose
 * clinic requires it), half signed in and on to the code or enrolment page.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

	private final TwoStepSignIn twoStep;

	private final SecondStepSession session;

	private final SimpleUrlAuthenticationSuccessHandler startPage = new SimpleUrlAuthenticationSuccessHandler("/");

	SignInSuccess(TwoStepSignIn twoStep, SecondStepSession session) {
		this.twoStep = twoStep;
		this.session = session;
		startPage.setAlwaysUseDefaultTargetUrl(true);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SignedInAccount account) {
			TwoStepSignIn.SecondStep step = twoStep.after(account);
			if (step != TwoStepSignIn.SecondStep.NONE) {
				response.sendRedirect(request.getContextPath() + session.begin(request, response, account, step).page());
				return;
			}
		}
		startPage.onAuthenticationSuccess(request, response, authentication);
	}
}
