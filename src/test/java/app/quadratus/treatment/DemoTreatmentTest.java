package app.quadratus.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The demo's plans and sessions: every assessed client treated here has a plan and a believable log. */
@WebTest
class DemoTreatmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAssessedClientTreatedHereHasAPlanAndSignedSessions() throws Exception {
		UUID clinic = demo.clinicOf(DemoAccounts.THERAPIST);
		// The seeded history only: other tests save assessments for demo clients as they run.
		List<UUID> treated = jdbc.sql("""
				select distinct client_id from assessment_version where clinic_id = ?
				and pattern not in ('SERIOUS_PATHOLOGY', 'CAUDA_EQUINA')
				and created_at < current_timestamp - interval '1' day""").param(clinic).query(UUID.class).list();
		assertThat(treated).hasSizeGreaterThanOrEqualTo(5);
		TreatmentApi api = new TreatmentApi(mvc);
		int agreed = 0;
		int maintenance = 0;
		for (UUID client : treated) {
			// Other tests add plans and sessions to demo clients as they run: only the seeded history counts.
			List<UUID> plans = jdbc.sql("select id from treatment_plan where client_id = ? and created_at < ?")
				.params(client, java.time.OffsetDateTime.now().minusDays(1)).query(UUID.class).list();
			assertThat(plans).as("plans of " + client).hasSize(1);
			JsonNode plan = api.get("/api/v1/plans/{id}", plans.get(0)).json();
			agreed += plan.get("status").asString().equals("agreed") ? 1 : 0;
			boolean onlyMaintain = true;
			for (JsonNode phase : plan.get("phases")) {
				onlyMaintain &= phase.get("phase").asString().equals("maintain");
			}
			maintenance += onlyMaintain ? 1 : 0;
			JsonNode sessions = api.get("/api/v1/clients/{id}/sessions?limit=50", client).json().get("items");
			long signed = 0;
			for (JsonNode s : sessions) {
				boolean seeded = java.time.Instant.parse(s.get("startedAt").asString())
					.isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
				if (seeded && s.get("status").asString().equals("signed")) {
					signed++;
					assertThat(s.get("releaseCount").asInt()).isPositive();
					assertThat(s.get("painAfter").asInt()).isLessThan(s.get("painBefore").asInt());
				}
			}
			assertThat(signed).as("signed sessions of " + client).isBetween(4L, 10L);
		}
		var therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String chart = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/clients/{id}", treated.get(0)).session(therapist)).andReturn().getResponse().getContentAsString();
		assertThat(chart).contains("id=\"treatment\"", "Pain before → after").containsAnyOf("Agreed", "Awaiting agreement");
		assertThat(agreed).isGreaterThan(treated.size() / 2).isLessThan(treated.size());
		assertThat(maintenance).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from treatment_session where clinic_id = ? and status = 'draft'"
				+ " and created_by is not null and started_at > current_timestamp - interval '1' day and id in"
				+ " (select session_id from trigger_point_release where idempotency_key like 'demo-%')")
			.param(clinic).query(Long.class).single()).isEqualTo(1);
	}
}
