package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Every API error is problem JSON (core-api.md), even for a path or method no controller serves. */
@WebTest
class ApiRouteProblemsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownApiPathIsA404ProblemNotSpringBootsErrorJson() throws Exception {
		mvc.perform(get("/api/v1/nothing-here").with(httpBasic(THERAPIST, PASSWORD))).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
	}

	@Test
	void aMethodAnApiPathDoesNotTakeIsA405ProblemNamingTheAllowedOnes() throws Exception {
		mvc.perform(delete("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(header().string("Allow", containsString("GET")));
	}

	@Test
	void pagesKeepTheirOwnNotFound() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/nothing-here").session(therapist)).andExpect(status().isNotFound())
			// MockMvc does not render the error page (no content type at all): what matters is no problem JSON here.
			.andExpect(result -> assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("problem"));
	}
}
