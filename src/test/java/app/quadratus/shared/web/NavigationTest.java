package app.quadratus.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The layout's links follow the role, decided once per request by {@link Navigation}. */
@WebTest
class NavigationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void ownerSeesTheOwnersLinksAndTherapistAndReceptionOnlyTheirs() throws Exception {
		mvc.perform(get("/clients").session(DemoAccounts.signIn(mvc, DemoAccounts.OWNER)))
			.andExpect(content().string(containsString("href=\"/audit\"")))
			.andExpect(content().string(containsString("href=\"/record-requests\"")))
			.andExpect(content().string(containsString("href=\"/account\"")));
		mvc.perform(get("/clients").session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)))
			.andExpect(content().string(not(containsString("href=\"/audit\""))))
			.andExpect(content().string(containsString("href=\"/account/tablet-pin\"")))
			.andExpect(content().string(containsString("href=\"/record-requests\"")));
		mvc.perform(get("/clients").session(DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION)))
			.andExpect(content().string(containsString("href=\"/today\"")))
			.andExpect(content().string(not(containsString("href=\"/record-requests\""))))
			.andExpect(content().string(not(containsString("href=\"/account/tablet-pin\""))));
	}

	@Test
	void aClientSeesOnlyTheirPortalLink() throws Exception {
		mvc.perform(get("/portal").session(DemoAccounts.signIn(mvc, DemoAccounts.CLIENT)))
			.andExpect(content().string(containsString("href=\"/portal\"")))
			.andExpect(content().string(not(containsString("href=\"/today\""))))
			.andExpect(content().string(not(containsString("href=\"/account\""))));
	}
}
