package app.quadratus.clients;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.StatementLog;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One chart view asks the database as often for a client with years of record as for a client with one
 * of everything: every section reads its lists whole, never once per measure, plan or programme.
 */
@WebTest
@Import(StatementLog.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartStatementsTest {

	/**
	 * Half the 40 a long record's chart took when outcomes and plans were read item by item (26 for the
	 * small record); what remains is one statement per list a section shows.
	 */
	static final int MOST = 19;

	private static final Instant FIRST = Instant.parse("2025-01-06T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private UUID clinic;

	private MockHttpSession sam;

	/** One measure completed once, one plan of one version, one session, one programme. */
	private UUID small;

	/** Four measures of 40 completions, four plans of three versions, 120 sessions, three programmes. */
	private UUID long_;

	@BeforeAll
	void aSmallAndALongRecord() throws Exception {
		clinic = demo.clinicOf(THERAPIST);
		sam = DemoAccounts.signIn(mvc, THERAPIST);
		small = newClient("Sally", "Small");
		long_ = newClient("Lorna", "Longrecord");
		record(small, 1, 1, 1, 1, 1);
		record(long_, 4, 40, 4, 3, 120);
		for (int i = 0; i < 3; i++) {
			programme(long_, LocalDate.now().minusDays(10L * i));
		}
		programme(small, LocalDate.now());
	}

	@Test
	void aLongRecordsChartTakesAsFewStatementsAsAShortOnes() throws Exception {
		// Once first, so the clinic-wide caches (staff names, the clinic's zone) are filled as on a running server.
		chartView(small);
		List<String> forSmall = chartView(small);
		List<String> forLong = chartView(long_);

		assertThat(forLong).as("a long record's statements, beside a small one's: %s%n%s", forLong, forSmall)
			.hasSameSizeAs(forSmall);
		assertThat(forLong).hasSizeLessThanOrEqualTo(MOST);
		// The same again after more history: the count does not grow with the record.
		record(long_, 2, 10, 1, 2, 20);
		assertThat(chartView(long_)).hasSameSizeAs(forLong);
	}

	@Test
	void eachPlanIsShownAtItsNewestVersionAndEachMeasureWithItsPoints() throws Exception {
		String longPlans = planList(long_);
		// Four plans of three versions, the newest awaiting agreement (the earlier two agreed).
		assertThat(longPlans.split("Version 3", -1)).hasSize(5);
		assertThat(longPlans).doesNotContain("Version 1<", "Agreed<");
		assertThat(planList(small)).contains("Version 1", "Agreed").doesNotContain("Awaiting agreement");
		String page = chartPage(long_);
		assertThat(page).contains("id=\"progress-nprs\"", "id=\"progress-odi\"", "id=\"progress-lefs\"",
				"id=\"progress-rmdq\"");
		assertThat(chartPage(small)).contains("id=\"progress-nprs\"").doesNotContain("id=\"progress-odi\"");
	}

	private String chartPage(UUID client) throws Exception {
		return mvc.perform(get("/clients/{id}", client).session(sam)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String planList(UUID client) throws Exception {
		String page = chartPage(client);
		int start = page.indexOf("class=\"plan-list\"");
		assertThat(start).isNotNegative();
		return page.substring(start, page.indexOf("</ul>", start));
	}

	/** The statements of one chart view, without the session store's (which every page has, and another part owns). */
	private List<String> chartView(UUID client) throws Exception {
		return StatementLog.during(() -> mvc.perform(get("/clients/{id}", client).session(sam))
			.andExpect(status().isOk()))
			.stream()
			.filter(sql -> !sql.toLowerCase().contains("spring_session"))
			.toList();
	}

	/**
	 * Measures completed {@code completions} times each (with an "every 2 sessions" assignment), plans of
	 * {@code versions} versions each (the older ones agreed), and signed sessions, as SQL rows: what the chart
	 * reads, without the pages that write them.
	 */
	private void record(UUID client, int measures, int completions, int plans, int versions, int sessions) {
		String[] ids = { "nprs", "odi", "lefs", "rmdq", "psfs" };
		for (int m = 0; m < measures; m++) {
			UUID assignment = UUID.randomUUID();
			jdbc.sql("""
					insert into outcome_assignment (id, clinic_id, client_id, measure, schedule, every_sessions, active,
					  created_at) values (?, ?, ?, ?, 'EVERY_N_SESSIONS', 2, true, ?)""")
				.params(assignment, clinic, client, ids[m], Timestamp.from(FIRST.minus(1, ChronoUnit.DAYS))).update();
			for (int i = 0; i < completions; i++) {
				Instant at = FIRST.plus(7L * i + m, ChronoUnit.DAYS).plusSeconds(completions);
				jdbc.sql("""
						insert into outcome_response (id, clinic_id, client_id, assignment_id, measure, channel, status,
						  answers, score, started_at, updated_at, completed_at)
						values (?, ?, ?, ?, ?, 'TABLET', 'COMPLETED', '{}', ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), clinic, client, assignment, ids[m], BigDecimal.valueOf(1 + i % 9),
							Timestamp.from(at), Timestamp.from(at), Timestamp.from(at))
					.update();
			}
		}
		// A demo plan's content, so each version renders as a real one does.
		String content = jdbc.sql("select content from plan_version where clinic_id = ? order by signed_at limit 1")
			.param(clinic).query(String.class).single();
		UUID by = demo.accountId(THERAPIST);
		for (int p = 0; p < plans; p++) {
			UUID plan = UUID.randomUUID();
			Instant created = Instant.now().minus(plans - p, ChronoUnit.DAYS);
			jdbc.sql("insert into treatment_plan (id, clinic_id, client_id, created_by, created_at) values (?, ?, ?, ?, ?)")
				.params(plan, clinic, client, by, Timestamp.from(created)).update();
			for (int v = 1; v <= versions; v++) {
				Timestamp at = Timestamp.from(created.plusSeconds(v));
				jdbc.sql("""
						insert into plan_version (id, clinic_id, plan_id, client_id, version, content, content_sha256,
						  signed_by, signed_at, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), clinic, plan, client, v, content, "0".repeat(64), by, at, by, at).update();
				if (v < versions || versions == 1) {
					jdbc.sql("""
							insert into plan_agreement (id, clinic_id, plan_id, version, agreed_by_name, method, agreed_at,
							  created_by, created_at) values (?, ?, ?, ?, 'The client', 'in-clinic', ?, ?, ?)""")
						.params(UUID.randomUUID(), clinic, plan, v, at, by, at).update();
				}
			}
		}
		for (int i = 0; i < sessions; i++) {
			UUID session = UUID.randomUUID();
			Timestamp at = Timestamp.from(FIRST.plus(3L * i, ChronoUnit.DAYS));
			jdbc.sql("""
					insert into treatment_session (id, clinic_id, client_id, status, started_at, pain_before, pain_after,
					  goals, techniques, regions, note, content_sha256, signed_at, created_at, changed_at)
					values (?, ?, ?, 'signed', ?, ?, ?, '[]', '[]', '[]', '{}', ?, ?, ?, ?)""")
				.params(session, clinic, client, at, 7 - i % 3, 3 - i % 2, "0".repeat(64), at, at, at).update();
			jdbc.sql("""
					insert into outcome_care_point (id, clinic_id, client_id, kind, source_id, occurs_at, created_at)
					values (?, ?, ?, 'SESSION', ?, ?, ?)""")
				.params(UUID.randomUUID(), clinic, client, session, at, at).update();
		}
	}

	private void programme(UUID client, LocalDate startsOn) throws Exception {
		mvc.perform(post("/api/v1/clients/{id}/programmes", client).with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"startsOn": "%s", "exercises": [{"exerciseId": "piriformis_supine_cross_body", "timesPerDay": 1,
					 "daysPerWeek": 7}]}""".formatted(startsOn)))
			.andExpect(status().isCreated());
	}

	private UUID newClient(String given, String family) throws Exception {
		String body = mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"givenName": "%s", "familyName": "%s", "dateOfBirth": "1980-05-06"}""".formatted(given, family)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
	}
}
