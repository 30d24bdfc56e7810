package app.quadratus.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.quadratus.testing.DatabaseTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An empty database without the demo: the first visit leads to setup, which creates clinic and owner. */
@SpringBootTest(properties = { "quadratus.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:first-run;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
		"quadratus.test.database-name=first_run" })
@AutoConfigureMockMvc
@DatabaseTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SetupCode setupCode;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void theFirstVisitGoesToSetup() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(containsString("Set up your clinic")));
	}

	@Test
	@Order(2)
	void setupRefusesAWeakPasswordBesideTheField() throws Exception {
		mvc.perform(post("/setup").with(csrf()).param("setupCode", setupCode.current())
			.param("clinic.name", "Cathedral Close Clinic").param("clinic.timeZone", "Europe/London").param("clinic.locale", "en-GB")
			.param("ownerName", "Mary Owner").param("ownerEmail", "mary@example.org")
			.param("password", "short").param("repeat", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")))
			.andExpect(content().string(containsString("Cathedral Close Clinic")));
	}

	@Test
	@Order(3)
	void setupWithoutTheCodeFromTheLogIsRefused() throws Exception {
		for (String code : new String[] { null, "", "ABCD-EFGH-JKLM" }) {
			var request = post("/setup").with(csrf()).param("clinic.name", "Intruder Clinic")
				.param("clinic.timeZone", "Europe/London").param("clinic.locale", "en-GB").param("ownerName", "Eve")
				.param("ownerEmail", "eve@example.org").param("password", "lantern meadow copper")
				.param("repeat", "lantern meadow copper");
			if (code != null) {
				request.param("setupCode", code);
			}
			mvc.perform(request).andExpect(status().isOk())
				.andExpect(content().string(containsString("setup code")));
		}
		mvc.perform(formLogin("/login").user("eve@example.org").password("lantern meadow copper"))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated());
	}

	@Test
	@Order(4)
	void fiveWrongCodesReplaceTheCodeSoGuessingGetsNowhere() throws Exception {
		String before = setupCode.current();
		for (int guess = 0; guess < SetupCode.WRONG_CODES_BEFORE_NEW_ONE; guess++) {
			org.assertj.core.api.Assertions.assertThat(setupCode.accepts("WRONG-CODE-" + guess)).isFalse();
		}
		org.assertj.core.api.Assertions.assertThat(setupCode.current()).isNotEqualTo(before);
		org.assertj.core.api.Assertions.assertThat(setupCode.accepts(before)).isFalse();
		// Typed as read from the log or loosely: case, spaces and dashes do not matter.
		org.assertj.core.api.Assertions.assertThat(setupCode.accepts(" " + setupCode.current().toLowerCase().replace("-", " ")))
			.isTrue();
	}

	@Test
	@Order(5)
	void setupCreatesTheClinicAndItsOwnerWhoCanSignIn() throws Exception {
		org.assertj.core.api.Assertions.assertThat(setupCodeRows()).as("the code in force, shared by all instances").isEqualTo(1);
		mvc.perform(post("/setup").with(csrf()).param("setupCode", setupCode.current())
			.param("clinic.name", "Cathedral Close Clinic").param("clinic.timeZone", "Europe/London").param("clinic.locale", "en-GB")
			.param("ownerName", "Mary Owner").param("ownerEmail", "mary@example.org")
			.param("password", "lantern meadow copper").param("repeat", "lantern meadow copper"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user("mary@example.org").password("lantern meadow copper")).andExpect(authenticated());
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		org.assertj.core.api.Assertions.assertThat(setupCodeRows()).as("used up with the clinic's creation").isZero();
	}

	private long setupCodeRows() {
		return jdbc.sql("select count(*) from setup_code").query(Long.class).single();
	}
}
