package app.quadratus.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a right password: straight to the start page, or, for staff with two-step sign-in (or whose
 * clinic requires it), half signed in and on to the code or enrolment page.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

	private final TwoStepSignIn twoStep;

	private final SecondStepSession session;

	private final SimpleUrlAuthenticationSuccessHandler startPage = new SimpleUrlAuthenticationSuccessHandler("/");

	private final RequestCache requestCache = new HttpSessionRequestCache();

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
		// A client who was choosing a slot online goes back to confirm it; any other saved page is ignored.
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved != null && bookingPage(request, saved.getRedirectUrl())) {
			requestCache.removeRequest(request, response);
			response.sendRedirect(saved.getRedirectUrl());
			return;
		}
		startPage.onAuthenticationSuccess(request, response, authentication);
	}

	private static boolean bookingPage(HttpServletRequest request, String url) {
		try {
			java.net.URI uri = java.net.URI.create(url);
			return request.getServerName().equals(uri.getHost()) && uri.getPath() != null
					&& uri.getPath().startsWith(request.getContextPath() + "/book/");
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
