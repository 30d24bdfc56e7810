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
		app.quadratus.testing.MockMvcSessions.set(storedSessions, session, AbsoluteSessionLimit.SIGNED_IN_AT, Instant.now().minusSeconds(11 * 3600));
		mvc.perform(get("/today").session(session)).andExpect(status().isOk());
		app.quadratus.testing.MockMvcSessions.set(storedSessions, session, AbsoluteSessionLimit.SIGNED_IN_AT, Instant.now().minusSeconds(12 * 3600 + 60));
		mvc.perform(get("/today").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Autowired
	org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> storedSessions;

	@Autowired
	Accounts accounts;

	@Test
	void changingAStaffMembersRoleEndsTheirSessions() throws Exception {
		String email = "demoted@norwich.demo";
		java.util.UUID id = accounts.createDemoAccount(accounts.clinicOf(DemoAccounts.OWNER), email, "To Be Demoted",
				app.quadratus.shared.security.Role.THERAPIST, accounts.encode(DemoAccounts.PASSWORD), null);
		MockHttpSession therapist = DemoAccounts.signIn(mvc, email);
		mvc.perform(get("/clients/{id}", demoClient()).session(therapist)).andExpect(status().isOk());

		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/staff/{id}", id).session(owner)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("displayName", "To Be Demoted").param("role", "RECEPTION").param("enabled", "true"));

		mvc.perform(get("/clients/{id}", demoClient()).session(therapist)).andExpect(redirectedUrl("/login?expired"));
		MockHttpSession again = DemoAccounts.signIn(mvc, email);
		mvc.perform(get("/clients/{id}", demoClient()).session(again)).andExpect(status().isForbidden());
	}

	@Autowired
	app.quadratus.testing.DemoData demo;

	private java.util.UUID demoClient() {
		return demo.aClientOf(DemoAccounts.OWNER);
	}
}
