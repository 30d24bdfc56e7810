package app.quadratus.operations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Value("${server.servlet.session.timeout}")
	String idleTimeout;

	@Test
	void healthWithProbesAndInfoAreOpenAndEverythingElseIsClosed() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andExpect(jsonPath("$.app.name").value("Quadratus"));
		var owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		for (String closed : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump" }) {
			mvc.perform(get(closed).session(owner)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theApiIsDescribedInOpenApiWithABrowsablePageForStaffOnly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs").with(httpBasic(DemoAccounts.CLIENT, DemoAccounts.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs").session(DemoAccounts.signIn(mvc, DemoAccounts.CLIENT))).andExpect(status().isForbidden());
		mvc.perform(get("/api-docs")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/v3/api-docs").session(DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION))).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs").with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/screening/evaluate']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/instruments/{instrument}/score']").exists());
		mvc.perform(get("/api-docs").with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("swagger-ui")));
	}

	@Test
	void errorPagesNeverShowExceptionsOrStackTraces() throws Exception {
		var therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/not-a-uuid").session(therapist))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at app.quadratus"))));
		mvc.perform(get("/api/v1/clients/{id}", java.util.UUID.randomUUID())
			.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void pagesCarrySecurityHeadersAndSessionsIdleOutAfterThirtyMinutes() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		org.assertj.core.api.Assertions.assertThat(idleTimeout).isEqualTo("30m");
	}
}
