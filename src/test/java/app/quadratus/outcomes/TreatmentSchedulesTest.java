package app.quadratus.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.MockMvcSessions;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentSessionsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Treatment's events reach outcomes through the event publication registry: signed sessions make
 * "every N sessions" measures due, an agreed plan's review date makes "at review" measures due.
 */
@WebTest
class TreatmentSchedulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutcomeProgress progress;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> storedSessions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void signedSessionsAndAReviewMakeScheduledMeasuresDue() throws Exception {
		TreatmentSessionsFixture treatment = new TreatmentSessionsFixture(mvc);
		UUID client = treatment.newClient();
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", "nprs").param("schedule", "EVERY_N_SESSIONS").param("everySessions", "2"));
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", "odi").param("schedule", "AT_REVIEW"));
		// The sign-in lives in the database session behind the mock session (Spring Session JDBC).
		signedIn = MockMvcSessions.securityContext(storedSessions, therapist);
		assertThat(due(client, OutcomeMeasure.NPRS)).isFalse();
		assertThat(due(client, OutcomeMeasure.ODI)).isFalse();

		treatment.signedSession(client);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from outcome_care_point where client_id = ?")
			.param(client).query(Long.class).single() == 1);
		assertThat(due(client, OutcomeMeasure.NPRS)).as("one session of two").isFalse();
		treatment.signedSession(client);
		await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(client, OutcomeMeasure.NPRS)).isTrue());

		treatment.agreedPlanReviewedOn(client, "2026-01-05");
		await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(client, OutcomeMeasure.ODI)).isTrue());
	}

	/** The therapist's sign-in; set again before each call, since each MockMvc request clears the thread's. */
	private SecurityContext signedIn;

	private boolean due(UUID client, OutcomeMeasure measure) {
		SecurityContextHolder.setContext(signedIn);
		return progress.forChart(client).assignments().stream()
			.filter(d -> d.assignment().measure() == measure)
			.anyMatch(ClientProgress.DueMeasure::dueNow);
	}
}
