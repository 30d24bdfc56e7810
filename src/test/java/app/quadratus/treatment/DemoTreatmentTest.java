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

	/**
	 * The release logs tell the questionnaires' story: where NPRS falls, pain on arrival falls and the later
	 * half of the plan's releases are mostly full; where it climbs, so does pain on arrival; where it stays
	 * within a point, so does pain on arrival. ODI moves the same way as NPRS.
	 */
	@Test
	void theSeededSessionsFollowEachClientsQuestionnaires() {
		UUID clinic = demo.clinicOf(DemoAccounts.THERAPIST);
		java.time.OffsetDateTime seeded = java.time.OffsetDateTime.now().minusDays(1);
		List<UUID> clients = jdbc.sql("""
				select distinct client_id from treatment_session where clinic_id = ? and status = 'signed' and started_at < ?
				and id in (select session_id from trigger_point_release where idempotency_key like 'demo-%')""")
			.params(clinic, seeded).query(UUID.class).list();
		assertThat(clients).hasSizeGreaterThanOrEqualTo(5);
		int improving = 0;
		int worsening = 0;
		for (UUID client : clients) {
			List<Integer> pain = jdbc.sql("""
					select pain_before from treatment_session where client_id = ? and status = 'signed' and started_at < ?
					and id in (select session_id from trigger_point_release where idempotency_key like 'demo-%')
					order by started_at""").params(client, seeded).query(Integer.class).list();
			int sessionsTrend = pain.get(pain.size() - 1) - pain.get(0);
			int nprs = trend(client, "nprs", seeded);
			int odi = trend(client, "odi", seeded);
			String who = "client " + client + ": session pain " + pain + ", NPRS change " + nprs + ", ODI change " + odi;
			if (nprs <= -2) {
				improving++;
				assertThat(sessionsTrend).as(who).isNegative();
				assertThat(odi).as(who).isNegative();
				List<String> later = jdbc.sql("""
						select r.outcome from trigger_point_release r join treatment_session s on s.id = r.session_id
						where s.client_id = ? and s.status = 'signed' and s.started_at < ? and r.idempotency_key like 'demo-%'
						order by s.started_at, r.created_at""").params(client, seeded).query(String.class).list();
				later = later.subList(later.size() / 2, later.size());
				assertThat(later.stream().filter("released"::equals).count() * 2).as(who).isGreaterThan(later.size());
			}
			else if (nprs >= 2) {
				worsening++;
				assertThat(sessionsTrend).as(who).isPositive();
				assertThat(odi).as(who).isPositive();
				assertThat(jdbc.sql("""
						select count(*) from trigger_point_release r join treatment_session s on s.id = r.session_id
						where s.client_id = ? and s.started_at < ? and r.outcome = 'released'""")
					.params(client, seeded).query(Long.class).single()).as(who).isZero();
			}
			else {
				assertThat(Math.abs(sessionsTrend)).as(who).isLessThanOrEqualTo(1);
			}
			// Within a session a release never leaves the referred pain worse than it found it.
			assertThat(jdbc.sql("""
					select count(*) from trigger_point_release where client_id = ? and referred_pain_after > referred_pain_before
					and idempotency_key like 'demo-%'""")
				.param(client).query(Long.class).single()).as(who).isZero();
		}
		assertThat(improving).as("improving clients").isPositive();
		assertThat(worsening).as("worsening clients").isPositive();
	}

	/** The last seeded score of the measure minus the first. */
	private int trend(UUID client, String measure, java.time.OffsetDateTime seeded) {
		List<java.math.BigDecimal> scores = jdbc.sql("""
				select score from outcome_response where client_id = ? and measure = ? and status = 'COMPLETED'
				and score is not null and completed_at < ? order by completed_at""")
			.params(client, measure, seeded).query(java.math.BigDecimal.class).list();
		assertThat(scores).as(measure + " of " + client).hasSizeGreaterThanOrEqualTo(2);
		return scores.get(scores.size() - 1).subtract(scores.get(0)).intValue();
	}
}
