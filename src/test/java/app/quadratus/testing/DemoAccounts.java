package app.quadratus.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The demo accounts the README lists, and signing in as one of them through the real login form. */
public final class DemoAccounts {

	public static final String PASSWORD = "quadratus-demo";

	public static final String OWNER = "owner@norwich.demo";

	public static final String THERAPIST = "therapist@norwich.demo";

	public static final String THERAPIST2 = "therapist2@norwich.demo";

	public static final String RECEPTION = "reception@norwich.demo";

	public static final String CLIENT = "client@norwich.demo";

	public static final String OTHER_CLINIC = "therapist@second.demo";

	private DemoAccounts() {
	}

	/** Returns the session a browser would hold after signing in. */
	public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || target.contains("error")) {
			throw new IllegalStateException("demo sign-in failed for " + email);
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
