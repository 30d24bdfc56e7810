package app.quadratus.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A second client of the demo clinic with a portal account, signed in (the invitation flow is PortalTest's). */
record SecondClient(UUID clientId, String email, MockHttpSession session) {

	static final String PASSWORD = "harbour kettle violet";

	static SecondClient signedIn(MockMvc mvc, JdbcClient jdbc, Accounts accounts, UUID clinicId) throws Exception {
		String email = "second." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID client = registered(mvc, email);
		accounts.createWithPassword(clinicId, email, "Second Client", Role.CLIENT, PASSWORD, client);
		var result = mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn();
		return new SecondClient(client, email, (MockHttpSession) result.getRequest().getSession(false));
	}

	/**
	 * A client registered by the demo therapist for this test alone. A demo client may carry records other
	 * tests wrote that name Claire (a plan agreement typed "Claire Demo"), which a check that nothing of
	 * Claire's reaches this client would mistake for hers.
	 */
	static UUID registered(MockMvc mvc, String email) throws Exception {
		MockHttpSession therapist = app.quadratus.testing.DemoAccounts.signIn(mvc, app.quadratus.testing.DemoAccounts.THERAPIST);
		String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/clients")
				.session(therapist)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("givenName", "Robin").param("familyName", "Second-Client").param("dateOfBirth",
						// a birthday of its own: a second client with the same name and birthday is refused as a duplicate
						java.time.LocalDate.of(1950, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(18_000)).toString())
				.param("email", email))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.replaceAll(".*/clients/([0-9a-f-]{36}).*", "$1"));
	}
}
