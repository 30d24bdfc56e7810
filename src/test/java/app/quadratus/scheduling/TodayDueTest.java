package app.quadratus.scheduling;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.quadratus.homework.AdherenceFlags;
import app.quadratus.outcomes.OutcomeMeasure;
import app.quadratus.outcomes.QuestionnairesDue;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.MockMvcSessions;
import app.quadratus.testing.StatementLog;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The therapist's day shows what is due for each client — a questionnaire (outcomes), homework under
 * half of its doses (homework) — and only for them, each module asked once for the whole list.
 */
@WebTest
@Import(StatementLog.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodayDueTest {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> storedSessions;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuestionnairesDue questionnaires;

	@Autowired
	AdherenceFlags adherence;

	@Autowired
	TreatmentPlans plans;

	private SchedulingFixture f;

	private LocalDate today;

	private MockHttpSession sam;

	/** An ODI due (assigned once, not answered). */
	private UUID questionnaireDue;

	/** A programme of two weeks with nothing ticked. */
	private UUID homeworkUndone;

	/** An NPRS every two sessions (none signed yet: not due), and nothing else. */
	private UUID nothingDue;

	@BeforeAll
	void threeClientsOnSamsDay() throws Exception {
		f = SchedulingFixture.of(demo, jdbc);
		ZoneId zone = ZoneId.of("Europe/London");
		today = LocalDate.now(zone);
		sam = DemoAccounts.signIn(mvc, THERAPIST);
		questionnaireDue = newClient("Olive", "Overdue");
		homeworkUndone = newClient("Hal", "Homework");
		nothingDue = newClient("Nadia", "Nothing");
		mvc.perform(post("/clients/{id}/outcomes/assignments", questionnaireDue).session(sam).with(csrf())
			.param("measure", "odi").param("schedule", "ONCE")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/clients/{id}/outcomes/assignments", nothingDue).session(sam).with(csrf())
			.param("measure", "nprs").param("schedule", "EVERY_N_SESSIONS").param("everySessions", "2"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/clients/{id}/programmes", homeworkUndone).with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"startsOn": "%s", "exercises": [{"exerciseId": "piriformis_supine_cross_body", "timesPerDay": 1,
					 "daysPerWeek": 7}]}""".formatted(today.minusDays(20))))
			.andExpect(status().isCreated());
		// Early in the morning, before the demo's own appointments, so no other test's booking is in the way.
		book(questionnaireDue, "01:00");
		book(homeworkUndone, "02:00");
		book(nothingDue, "03:00");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void eachFlagShowsOnlyBesideItsClientWithAnIconWordsAndTheChart() throws Exception {
		String page = mvc.perform(get("/today").session(sam)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		String quinn = itemOf(page, "Olive Overdue");
		assertThat(quinn).contains("Questionnaire due", "ODI", "✎", "href=\"/clients/" + questionnaireDue + "\"")
			.doesNotContain("Homework under half");
		String hal = itemOf(page, "Hal Homework");
		assertThat(hal).contains("Homework under half, last two weeks", "▼", "href=\"/clients/" + homeworkUndone + "\"")
			.doesNotContain("Questionnaire due");
		assertThat(itemOf(page, "Nadia Nothing")).doesNotContain("Questionnaire due", "Homework under half", "Plan review due");
		// Showing a flag is a view of that record, audited; the client with none is not.
		assertThat(audited("outcome-due", questionnaireDue)).isPositive();
		assertThat(audited("homework-adherence", homeworkUndone)).isPositive();
		assertThat(audited("outcome-due", nothingDue) + audited("homework-adherence", nothingDue)
				+ audited("plan-review-due", nothingDue)).isZero();

		// Reception sees the day without clinical flags.
		String desk = mvc.perform(get("/today").session(DemoAccounts.signIn(mvc, RECEPTION))).andReturn().getResponse()
			.getContentAsString();
		assertThat(itemOf(desk, "Olive Overdue")).doesNotContain("Questionnaire due");
		assertThat(itemOf(desk, "Hal Homework")).doesNotContain("Homework under half");
	}

	@Test
	void aThirtyClientDayAsksEachModuleAsOftenAsAThreeClientDay() throws Exception {
		// The sign-in lives in the database session behind the mock session (Spring Session JDBC).
		SecurityContextHolder.setContext(MockMvcSessions.securityContext(storedSessions, sam));
		List<UUID> three = List.of(questionnaireDue, homeworkUndone, nothingDue);
		List<UUID> thirty = new ArrayList<>(three);
		thirty.addAll(jdbc.sql("select id from client where clinic_id = ? order by id limit 27")
			.param(demo.clinicOf(THERAPIST)).query(UUID.class).list());
		assertThat(thirty).hasSize(30);

		List<String> forThree = dueReads(three);
		List<String> forThirty = dueReads(thirty);

		assertThat(forThirty).hasSameSizeAs(forThree);
		// Treatment 1 (plan reviews), outcomes 4 (assignments, completions, reviews, sessions), homework 3.
		assertThat(forThirty).hasSize(8);
		assertThat(questionnaires.forClients(three)).containsOnlyKeys(questionnaireDue)
			.containsEntry(questionnaireDue, List.of(OutcomeMeasure.ODI));
		assertThat(adherence.lowAdherence(three)).containsExactly(homeworkUndone);
	}

	@Test
	void staffSeeWhoIsWaitingForATimeToComeFree() throws Exception {
		// The demo puts one client on the waitlist for a day next week with their therapist.
		String waiting = jdbc.sql("""
				select c.given_name || ' ' || c.family_name from waitlist_entry w join client c on c.id = w.client_id
				where w.clinic_id = ? and w.booked_at is null and w.wanted_day >= ? order by w.wanted_day limit 1""")
			.params(demo.clinicOf(THERAPIST), today).query(String.class).single();
		String desk = mvc.perform(get("/today").session(DemoAccounts.signIn(mvc, RECEPTION))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(desk).contains("Waiting for a time to come free");
		assertThat(desk.substring(desk.indexOf("id=\"waitlist\""))).contains(org.springframework.web.util.HtmlUtils.htmlEscape(waiting), "Follow-up");
	}

	/** The statements reading the clinical modules' tables while the day's flags are asked for. */
	private List<String> dueReads(List<UUID> clients) throws Exception {
		return StatementLog.during(() -> {
			plans.reviewsDue(clients, today);
			questionnaires.forClients(clients);
			return adherence.lowAdherence(clients);
		}).stream().filter(sql -> Arrays.stream(new String[] { "plan_version", "outcome_", "home_programme", "homework_tick" })
			.anyMatch(sql.toLowerCase()::contains)).toList();
	}

	private long audited(String type, UUID client) {
		return jdbc.sql("select count(*) from audit_event where object_type = ? and client_id = ?").params(type, client)
			.query(Long.class).single();
	}

	/** The day list's entry for this client. */
	private static String itemOf(String page, String name) {
		return Arrays.stream(page.split("<li")).filter(item -> item.contains(name)).findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not on the day"));
	}

	private UUID newClient(String given, String family) throws Exception {
		String body = mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"givenName": "%s", "familyName": "%s", "dateOfBirth": "1980-05-06"}""".formatted(given, family)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
	}

	private void book(UUID client, String time) throws Exception {
		String start = today.atTime(LocalTime.parse(time)).atZone(f.zone()).toOffsetDateTime().toString();
		mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(SchedulingFixture.booking(client, f.sam(), f.followUp(), f.rooms().get(0), start)))
			.andExpect(status().isCreated());
	}
}
