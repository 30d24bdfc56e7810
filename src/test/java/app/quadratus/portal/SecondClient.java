package app.quadratus.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.security.Role;
import app.quadratus.testing.DemoAccounts;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A second client of the demo clinic with a portal account, signed in (the invitation flow is PortalTest's). */
record SecondClient(UUID clientId, String email, MockHttpSession session) {

	static final String PASSWORD = "harbour kettle violet";

	/** Clients registered so far in this test run (one database per run). */
	private static final AtomicInteger REGISTERED = new AtomicInteger();

	static SecondClient signedIn(MockMvc mvc, Accounts accounts, UUID clinicId) throws Exception {
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
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients").session(therapist).with(csrf())
				.param("givenName", "Robin").param("familyName", "Second-Client")
				// a birthday of its own: a second client with the same name and birthday is refused as a duplicate
				.param("dateOfBirth", LocalDate.of(1950, 1, 1).plusDays(REGISTERED.incrementAndGet()).toString())
				.param("email", email))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.replaceAll(".*/clients/([0-9a-f-]{36}).*", "$1"));
	}
}
