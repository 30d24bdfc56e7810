package app.quadratus.identity;

import jakarta.servlet.http.HttpSession;

/**
 * The secret offered on an enrolment page lives in that browser's session until a first code
 * confirms it: reloading the page keeps the QR code already scanned, and no other session (someone
 * else who knows the password, say) can see it.
 */
final class TwoStepEnrolmentPage {

	private static final String SECRET = TwoStepEnrolmentPage.class.getName() + ".enrolment";

	private TwoStepEnrolmentPage() {
	}

	static TwoStepSignIn.Enrolment enrolment(HttpSession session, TwoStepSignIn twoStep, String email) {
		if (session.getAttribute(SECRET) instanceof TwoStepSignIn.Enrolment offered) {
			return offered;
		}
		TwoStepSignIn.Enrolment offered = twoStep.newEnrolment(email);
		session.setAttribute(SECRET, offered);
		return offered;
	}

	static void forget(HttpSession session) {
		session.removeAttribute(SECRET);
	}
}
