package app.quadratus.homework;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.OTHER_CLINIC;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every example of contracts/homework-api.md, literally, and each error it names. */
@WebTest
class HomeworkApiTest {

	/** The contract's POST example; its planId placeholder "…" becomes a real (opaque) id. */
	private static final String CONTRACT_EXAMPLE = """
			{"planId": "%s", "startsOn": "2026-12-03", "endsOn": "2027-01-31",
			 "exercises": [{"exerciseId": "piriformis_supine_cross_body", "sets": 1, "reps": 3, "holdSeconds": 30,
			                "timesPerDay": 2, "daysPerWeek": 7},
			               {"exerciseId": "habit_break_up_sitting"}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	HomeworkLog log;

	private ResultActions api(String email, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(httpBasic(email, PASSWORD)));
	}

	private ResultActions postProgramme(UUID clientId, String body) throws Exception {
		return api(THERAPIST, post("/api/v1/clients/{id}/programmes", clientId).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private UUID newClient() throws Exception {
		String json = api(THERAPIST, post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Hana\",\"familyName\":\"Homework\",\"dateOfBirth\":\"1980-05-01\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(json, "$.id"));
	}

	private List<UUID> clientsWhoseLatestAssessmentIs(String column, String value) {
		return jdbc.sql("select distinct client_id from assessment_version where clinic_id = ? and " + column + " = ?")
			.params(demo.clinicOf(THERAPIST), value).query(UUID.class).list();
	}

	@Test
	void listsTheLibraryInTheContractsShape() throws Exception {
		api(THERAPIST, get("/api/v1/exercises")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()", greaterThanOrEqualTo(30)))
			.andExpect(jsonPath("$.items[*].id", hasItem("piriformis_supine_cross_body")))
			.andExpect(jsonPath("$.items[*].patterns.radicular", everyItem(in(List.of("suits", "caution", "avoid")))))
			.andExpect(jsonPath("$.items[*].patterns.deep-gluteal", everyItem(in(List.of("suits", "caution", "avoid")))))
			.andExpect(jsonPath("$.items[0]", hasKey("targets")))
			.andExpect(jsonPath("$.items[0]", hasKey("regions")))
			.andExpect(jsonPath("$.items[0].dose", hasKey("timesPerDay")))
			.andExpect(jsonPath("$.items[0]", not(hasKey("steps"))))
			.andExpect(jsonPath("$.items[?(@.id == 'hamstring_strap_supine')].patterns.radicular", hasItem("avoid")))
			.andExpect(jsonPath("$.items[?(@.id == 'piriformis_supine_cross_body')].clinicOwn", hasItem(false)));
	}

	@Test
	void oneExerciseCarriesItsStepsAndPrecautions() throws Exception {
		api(THERAPIST, get("/api/v1/exercises/piriformis_supine_cross_body")).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("piriformis_supine_cross_body"))
			.andExpect(jsonPath("$.category").value("stretch"))
			.andExpect(jsonPath("$.targets", hasItem("piriformis")))
			.andExpect(jsonPath("$.dose.holdSeconds").value(30))
			.andExpect(jsonPath("$.steps[0]").value("Bring the knee of the sore side up."))
			.andExpect(jsonPath("$.precautions[0]", containsString("FAIR")))
			.andExpect(jsonPath("$.clinicOwn").value(false));
		api(THERAPIST, get("/api/v1/exercises/no_such_exercise")).andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theContractsProgrammeExampleIsCreatedWithDefaultsFilledIn() throws Exception {
		UUID client = newClient();
		UUID plan = UUID.randomUUID();
		String location = postProgramme(client, CONTRACT_EXAMPLE.formatted(plan)).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/programmes/")))
			.andReturn().getResponse().getHeader("Location");
		api(THERAPIST, get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.planId").value(plan.toString()))
			.andExpect(jsonPath("$.clientId").value(client.toString()))
			.andExpect(jsonPath("$.startsOn").value("2026-12-03"))
			.andExpect(jsonPath("$.endsOn").value("2027-01-31"))
			.andExpect(jsonPath("$.exercises[0].exerciseId").value("piriformis_supine_cross_body"))
			.andExpect(jsonPath("$.exercises[0].sets").value(1))
			.andExpect(jsonPath("$.exercises[0].reps").value(3))
			.andExpect(jsonPath("$.exercises[0].holdSeconds").value(30))
			.andExpect(jsonPath("$.exercises[0].timesPerDay").value(2))
			.andExpect(jsonPath("$.exercises[0].daysPerWeek").value(7))
			// Omitted dose fields take the exercise's default (a daily habit: once a day, every day).
			.andExpect(jsonPath("$.exercises[1].exerciseId").value("habit_break_up_sitting"))
			.andExpect(jsonPath("$.exercises[1].timesPerDay").value(1))
			.andExpect(jsonPath("$.exercises[1].daysPerWeek").value(7))
			.andExpect(jsonPath("$.exercises[1].sets").value(nullValue()))
			.andExpect(jsonPath("$.safetyNet", containsString("999")));

		// The contract's adherence example: 3 to 14 December lie inside the programme (d = 12).
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from=2026-12-01&to=2026-12-14", client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-12-01"))
			.andExpect(jsonPath("$.to").value("2026-12-14"))
			.andExpect(jsonPath("$.overall").value(0.0))
			.andExpect(jsonPath("$.exercises[0].exerciseId").value("piriformis_supine_cross_body"))
			.andExpect(jsonPath("$.exercises[0].planned").value(24))
			.andExpect(jsonPath("$.exercises[0].done").value(0))
			.andExpect(jsonPath("$.exercises[0].rate").value(0.0))
			.andExpect(jsonPath("$.exercises[1].exerciseId").value("habit_break_up_sitting"))
			.andExpect(jsonPath("$.exercises[1].planned").value(12));
		assertThat(demo.auditCount(client, "CREATE")).as("programme given").isPositive();
		assertThat(demo.auditCount(client, "VIEW")).as("programme and adherence read").isGreaterThanOrEqualTo(2);
		// Before the programme starts nothing is planned: no exercises, and overall is null.
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from=2026-11-01&to=2026-11-30", client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overall").value(nullValue()))
			.andExpect(jsonPath("$.exercises.length()").value(0));
	}

	@Test
	void adherenceCountsTheClientsTicksCappedAtWhatWasPlanned() throws Exception {
		UUID claire = demo.clientOfAccount(CLIENT);
		LocalDate start = LocalDate.now().minusDays(1000);
		LocalDate end = start.plusDays(13);
		String location = postProgramme(claire, """
				{"startsOn": "%s", "endsOn": "%s", "exercises": [
				 {"exerciseId": "piriformis_figure_four", "timesPerDay": 2, "daysPerWeek": 7},
				 {"exerciseId": "habit_walking_programme", "daysPerWeek": 3}]}""".formatted(start, end))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		UUID programme = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		asClient(() -> {
			assertThat(log.tick(programme, "piriformis_figure_four", start, 1, null)).isTrue();
			assertThat(log.tick(programme, "piriformis_figure_four", start, 2, "sore")).isTrue();
			assertThat(log.tick(programme, "piriformis_figure_four", start.plusDays(1), 1, null)).isTrue();
			// The same dose of the same day again changes nothing.
			assertThat(log.tick(programme, "piriformis_figure_four", start, 1, null)).isFalse();
			for (int day = 0; day < 8; day++) {
				log.tick(programme, "habit_walking_programme", start.plusDays(day), 1, null);
			}
			// The portal's list of the day: each exercise with the doses already ticked and the note.
			List<HomeworkLog.HomeworkItem> firstDay = log.day(start);
			assertThat(firstDay).extracting(i -> i.exercise().id())
				.containsExactly("piriformis_figure_four", "habit_walking_programme");
			assertThat(firstDay.get(0).ticks()).extracting(Tick::doseNumber).containsExactly(1, 2);
			assertThat(firstDay.get(0).ticks().get(1).note()).isEqualTo("sore");
		});
		// 14 days: 2 × 7 × 14 ÷ 7 = 28 planned, 3 done; 1 × 3 × 14 ÷ 7 = 6 planned, 8 done (capped at 6).
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from={f}&to={t}", claire, start, end))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exercises[0].planned").value(28))
			.andExpect(jsonPath("$.exercises[0].done").value(3))
			.andExpect(jsonPath("$.exercises[0].rate").value(3.0 / 28))
			.andExpect(jsonPath("$.exercises[1].planned").value(6))
			.andExpect(jsonPath("$.exercises[1].done").value(8))
			.andExpect(jsonPath("$.exercises[1].rate").value(1.0))
			.andExpect(jsonPath("$.overall").value(9.0 / 34));
		// A week of it: 2 × 7 × 7 ÷ 7 = 14; 1 × 3 × 7 ÷ 7 = 3.
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from={f}&to={t}", claire, start, start.plusDays(6)))
			.andExpect(jsonPath("$.exercises[0].planned").value(14))
			.andExpect(jsonPath("$.exercises[1].planned").value(3));
	}

	@Test
	void ticksAreRefusedOutsideTheProgrammeAndForOtherClients() throws Exception {
		UUID claire = demo.clientOfAccount(CLIENT);
		LocalDate start = LocalDate.now().minusDays(2000);
		String location = postProgramme(claire, """
				{"startsOn": "%s", "endsOn": "%s", "exercises": [{"exerciseId": "cat_cow"}]}"""
			.formatted(start, start.plusDays(6))).andExpect(status().isCreated()).andReturn().getResponse()
			.getHeader("Location");
		UUID programme = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		UUID someoneElses = UUID.fromString(JsonPath.read(postProgramme(newClient(),
				"{\"startsOn\": \"%s\", \"exercises\": [{\"exerciseId\": \"cat_cow\"}]}".formatted(start))
			.andReturn().getResponse().getContentAsString(), "$.id"));
		asClient(() -> {
			assertField(() -> log.tick(programme, "cat_cow", start.minusDays(1), 1, null), "day");
			assertField(() -> log.tick(programme, "cat_cow", start, 3, null), "doseNumber");
			assertField(() -> log.tick(programme, "bird_dog", start, 1, null), "exerciseId");
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.tick(someoneElses, "cat_cow", start, 1, null))
				.isInstanceOf(app.quadratus.shared.NotFoundException.class);
		});
	}

	@Test
	void anUnknownExerciseIsNamed() throws Exception {
		postProgramme(newClient(), """
				{"startsOn": "2026-12-03", "exercises": [{"exerciseId": "cat_cow"}, {"exerciseId": "moon_walk"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("exercises[1].exerciseId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("moon_walk")));
		// Another clinic's own exercise does not exist here.
		String theirs = demo.anOwnExerciseOf(OTHER_CLINIC);
		postProgramme(newClient(), "{\"startsOn\": \"2026-12-03\", \"exercises\": [{\"exerciseId\": \"" + theirs + "\"}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString(theirs)));
		api(THERAPIST, get("/api/v1/exercises/{id}", theirs)).andExpect(status().isNotFound());
		api(OTHER_CLINIC, get("/api/v1/exercises/{id}", theirs)).andExpect(status().isOk())
			.andExpect(jsonPath("$.clinicOwn").value(true));
	}

	@Test
	void anExerciseToAvoidForThePatternNeedsAReasonWhichIsRecorded() throws Exception {
		UUID radicular = clientsWhoseLatestAssessmentIs("pattern", "RADICULAR").get(0);
		postProgramme(radicular, """
				{"startsOn": "2026-12-03", "exercises": [{"exerciseId": "hamstring_strap_supine"}]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("exercises[0].exerciseId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("hamstring_strap_supine")));
		String location = postProgramme(radicular, """
				{"startsOn": "2026-12-03", "exercises": [{"exerciseId": "hamstring_strap_supine",
				 "override": {"reason": "Leg pain settled; slider tolerated for three weeks"}}]}""")
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		api(THERAPIST, get(location)).andExpect(jsonPath("$.exercises[0].override.reason")
			.value("Leg pain settled; slider tolerated for three weeks"));
	}

	@Test
	void aReferredClientGetsNoProgrammeUntilATherapistRecordsTheClearance() throws Exception {
		List<UUID> referred = jdbc.sql("""
				select distinct client_id from assessment_version where clinic_id = ?
				and urgency in ('EMERGENCY_REFERRAL', 'URGENT_REFERRAL') order by client_id""")
			.param(demo.clinicOf(THERAPIST)).query(UUID.class).list();
		assertThat(referred).hasSizeGreaterThanOrEqualTo(2);
		String body = "{\"startsOn\": \"2026-12-03\", \"exercises\": [{\"exerciseId\": \"abdominal_brace_pilates_basic\"}]}";
		postProgramme(referred.get(0), body).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

		UUID cleared = referred.get(1);
		postProgramme(cleared, body).andExpect(status().isConflict());
		var session = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(post("/clients/{id}/homework/clearance", cleared).session(session).with(csrf()).param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say who cleared the client")));
		mvc.perform(post("/clients/{id}/homework/clearance", cleared).session(session).with(csrf())
				.param("note", "Seen in A&E on 1 Dec; GP letter says safe to exercise"))
			.andExpect(status().is3xxRedirection());
		assertThat(demo.auditCount(cleared, "CREATE")).isPositive();
		postProgramme(cleared, body).andExpect(status().isCreated());
	}

	@Test
	void badInputNamesTheField() throws Exception {
		UUID client = newClient();
		postProgramme(client, "{\"exercises\": [{\"exerciseId\": \"cat_cow\"}]}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("startsOn"));
		postProgramme(client, "{\"startsOn\": \"2026-12-03\", \"exercises\": [{\"exerciseId\": \"cat_cow\", \"sets\": 0}]}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("exercises[0].sets"));
		postProgramme(client, "{\"startsOn\": \"2026-12-03\", \"exercises\": []}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("exercises"));
		postProgramme(client, "{\"startsOn\": \"2026-12-03\", \"endsOn\": \"2026-12-01\", \"exercises\": [{\"exerciseId\": \"cat_cow\"}]}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("endsOn"));
		postProgramme(client, "{\"startsOn\": \"3 December\", \"exercises\": [{\"exerciseId\": \"cat_cow\"}]}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("startsOn"));
		postProgramme(client, "{\"startsOn\": ").andExpect(status().isBadRequest());
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?to=2026-12-14", client))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("from"));
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from=2026-12-14&to=2026-12-01", client))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("to"));
		api(THERAPIST, get("/api/v1/clients/{id}/adherence?from=yesterday&to=2026-12-01", client))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("from"));
	}

	@Test
	void receptionAndClientsAreRefusedAndOtherClinicsRecordsAreNotFound() throws Exception {
		UUID client = newClient();
		String location = postProgramme(client, CONTRACT_EXAMPLE.formatted(UUID.randomUUID()))
			.andReturn().getResponse().getHeader("Location");
		for (String who : List.of(RECEPTION, CLIENT)) {
			api(who, get("/api/v1/exercises")).andExpect(status().isForbidden());
			api(who, get("/api/v1/exercises/cat_cow")).andExpect(status().isForbidden());
			api(who, get(location)).andExpect(status().isForbidden());
			api(who, get("/api/v1/clients/{id}/adherence?from=2026-12-01&to=2026-12-14", client))
				.andExpect(status().isForbidden());
			api(who, post("/api/v1/clients/{id}/programmes", client).contentType(MediaType.APPLICATION_JSON)
				.content(CONTRACT_EXAMPLE.formatted(UUID.randomUUID()))).andExpect(status().isForbidden());
		}
		api(OTHER_CLINIC, get(location)).andExpect(status().isNotFound());
		api(OTHER_CLINIC, get("/api/v1/clients/{id}/adherence?from=2026-12-01&to=2026-12-14", client))
			.andExpect(status().isNotFound());
		api(OTHER_CLINIC, post("/api/v1/clients/{id}/programmes", client).contentType(MediaType.APPLICATION_JSON)
			.content(CONTRACT_EXAMPLE.formatted(UUID.randomUUID()))).andExpect(status().isNotFound());
	}

	private void asClient(ThrowingRunnable body) throws Exception {
		UserDetails claire = accounts.loadUserByUsername(CLIENT);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(claire, null, claire.getAuthorities()));
		try {
			body.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		org.assertj.core.api.Assertions.assertThatThrownBy(call)
			.isInstanceOfSatisfying(app.quadratus.shared.InvalidFieldException.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo(field));
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;
	}
}
