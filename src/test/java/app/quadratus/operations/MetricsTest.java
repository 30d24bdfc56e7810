package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The Prometheus scrape: owner only, latency histograms, and nothing about any person in it. */
@WebTest
// Spring Boot's tests turn metric exporters off unless asked.
@TestPropertySource(properties = "management.prometheus.metrics.export.enabled=true")
class MetricsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheOwnerReadsTheMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoAccounts.OWNER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void requestLatencyIsAHistogramAndNoClientsNameOrIdReachesTheTags() throws Exception {
		UUID clientId = demo.aClientOf(DemoAccounts.THERAPIST);
		String family = jdbc.sql("select family_name from client where id = ?").param(clientId).query(String.class).single();
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/clients").param("q", family).session(therapist)).andExpect(status().isOk());
		mvc.perform(get("/clients/{id}", clientId).session(therapist)).andExpect(status().isOk());
		mvc.perform(get("/clients/" + family).session(therapist));

		String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic(DemoAccounts.OWNER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(scrape).contains("http_server_requests_seconds_bucket").contains("uri=\"/clients/{id}\"");
		assertThat(scrape).doesNotContain(family).doesNotContain(clientId.toString())
			.doesNotContain(DemoAccounts.THERAPIST).doesNotContain("q=");
	}
}
