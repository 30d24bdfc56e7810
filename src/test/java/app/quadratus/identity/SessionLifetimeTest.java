package app.quadratus.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SessionLifetimeTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aSignInEndsTwelveHoursLaterHoweverBusy() throws Exception {
		MockHttpSession session = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/today").session(session)).andExpect(status().isOk());
		session.setAttribute(AbsoluteSessionLimit.SIGNED_IN_AT, Instant.now().minusSeconds(11 * 3600));
		mvc.perform(get("/today").session(session)).andExpect(status().isOk());
		session.setAttribute(AbsoluteSessionLimit.SIGNED_IN_AT, Instant.now().minusSeconds(12 * 3600 + 60));
		mvc.perform(get("/today").session(session)).andExpect(redirectedUrl("/login?expired"));
	}
}
