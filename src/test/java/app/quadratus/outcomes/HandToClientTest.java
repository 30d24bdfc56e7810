package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A therapist assigns a measure and hands the tablet to the client, who answers one question at a time. */
@WebTest
class HandToClientTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	app.quadratus.clients.ClientRecords clients;

	private MockHttpSession therapist;

	private UUID client;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, THERAPIST);
		client = demo.aClientOf(THERAPIST);
	}

	@Test
	void aCompletedOdiIsScoredByThePublishedRuleAndShownOnTheChart() throws Exception {
		String responsePage = handToClient(assign("odi", "ONCE", null));
		assertThat(mvc.perform(get(responsePage).session(therapist)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Question 1 of 10").contains("Pain intensity")
			.doesNotContain("Sign out");
		// 4+1+3+1+2+2+1 (sex life skipped) +2+2 = 18 over 9 sections: 18/45 = 40.0%, moderate.
		List<String> answers = List.of("4", "1", "3", "1", "2", "2", "1", "skip", "2", "2");
		String[] sections = { "pain_intensity", "personal_care", "lifting", "walking", "sitting", "standing", "sleeping",
				"sex_life", "social_life", "travelling" };
		for (int i = 0; i < sections.length; i++) {
			answer(responsePage, sections[i], answers.get(i));
		}
		assertThat(page(responsePage)).contains("That was the last question");
		mvc.perform(post(responsePage + "/finish").session(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(responsePage + "/done")).contains("hand the tablet back").contains("take the tablet back")
			.doesNotContain("/clients/" + client + "\"").doesNotContain("/clients/" + client + "#");
		takeTabletBack();
		UUID responseId = UUID.fromString(responsePage.substring(responsePage.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select score from outcome_response where id = ?").param(responseId).query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("40.0");
		assertThat(jdbc.sql("select band from outcome_response where id = ?").param(responseId).query(String.class).single())
			.isEqualTo("moderate");
		assertThat(page("/clients/" + client)).contains("Oswestry Disability Index over time").contains("40.0");
	}

	@Test
	void answersGivenBeforeStoppingHalfwayAreKept() throws Exception {
		String responsePage = handToClient(assign("nprs", "ONCE", null));
		answer(responsePage, "score", "6");
		takeTabletBack();
		// NPRS has a single question: the form now waits to be finished, and the chart says so.
		String chart = page("/clients/" + client);
		assertThat(chart).contains("Numeric Pain Rating Scale: 1 of 1 answered");
		assertThat(page(responsePage)).contains("That was the last question");
		assertThat(jdbc.sql("select answers from outcome_response where id = ?").param(idOf(responsePage)).query(String.class)
			.single()).isEqualTo("{\"score\":\"6\"}");
	}

	@Test
	void anOdiWithTooFewSectionsCannotBeFinishedAndSaysWhy() throws Exception {
		String responsePage = handToClient(assign("odi", "ONCE", null));
		String[] sections = { "pain_intensity", "personal_care", "lifting", "walking", "sitting", "standing", "sleeping",
				"sex_life", "social_life", "travelling" };
		for (int i = 0; i < sections.length; i++) {
			answer(responsePage, sections[i], i < 7 ? "1" : "skip");
		}
		String page = mvc.perform(post(responsePage + "/finish").session(therapist).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("at least 8 of the 10 sections");
		assertThat(jdbc.sql("select status from outcome_response where id = ?").param(idOf(responsePage)).query(String.class)
			.single()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void anAnswerThatIsNotAnOptionIsRefusedAndAQuestionThatMayNotBeSkippedCannotBe() throws Exception {
		String responsePage = handToClient(assign("nprs", "ONCE", null));
		assertThat(mvc.perform(post(responsePage + "/answers").session(therapist).with(csrf()).param("question", "score")
			.param("answer", "11")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Please choose one of the answers shown.");
		assertThat(mvc.perform(post(responsePage + "/answers").session(therapist).with(csrf()).param("question", "score")
			.param("skip", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Please choose one of the answers.");
	}

	@Test
	void psfsNeedsThreeToFiveActivitiesAndStartBackTakesNoGoal() throws Exception {
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", "psfs").param("schedule", "ONCE").param("activities", "Sitting\nWalking"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("PSFS needs 3 to 5 activities")));
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", "startback").param("schedule", "AT_INTAKE").param("goalTarget", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("it has no goal target")));
	}

	@Test
	void theChartShowsEachScheduleAsAssignedAndWhatIsDueNow() throws Exception {
		app.quadratus.clients.ClientForm form = new app.quadratus.clients.ClientForm();
		form.setGivenName("Fresh");
		form.setFamilyName("Schedule");
		form.setDateOfBirth(java.time.LocalDate.of(1990, 5, 1));
		client = clients.createInClinic(demo.clinicOf(THERAPIST), form, java.time.Instant.now()).id();
		assign("lefs", "EVERY_N_SESSIONS", null, "3");
		assign("nprs", "AT_INTAKE", "2", null);
		String chart = page("/clients/" + client);
		assertThat(chart).contains("Every 3 sessions").contains("At intake").doesNotContain("Every 0")
			.contains("Due now").contains("At the next due session").contains("Goal: 2 or lower");
	}

	@Test
	void receptionCannotAssignOrOpenAQuestionnaire() throws Exception {
		MockHttpSession reception = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(reception).with(csrf())
			.param("measure", "nprs").param("schedule", "ONCE")).andExpect(status().isForbidden());
		String responsePage = handToClient(assign("nprs", "ONCE", null));
		mvc.perform(get(responsePage).session(reception)).andExpect(status().isForbidden());
	}

	@Test
	void receptionCannotOpenTheAssignForm() throws Exception {
		MockHttpSession reception = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(get("/clients/{id}/outcomes/assign", client).session(reception))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Oswestry"))));
		assertThat(page("/clients/" + client + "/outcomes/assign")).contains("Oswestry Disability Index");
	}

	@Test
	void eachStepIsAudited() throws Exception {
		long before = demo.auditCount(client, "UPDATE");
		String responsePage = handToClient(assign("nprs", "ONCE", null));
		answer(responsePage, "score", "3");
		mvc.perform(post(responsePage + "/finish").session(therapist).with(csrf()));
		assertThat(demo.auditCount(client, "UPDATE") - before).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'outcome-response' and object_id = ? and action = 'CREATE'")
			.param(idOf(responsePage).toString()).query(Long.class).single()).isEqualTo(1);
	}

	private UUID assign(String measure, String schedule, String goal) throws Exception {
		return assign(measure, schedule, goal, null);
	}

	private UUID assign(String measure, String schedule, String goal, String everySessions) throws Exception {
		var request = post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", measure).param("schedule", schedule);
		if (everySessions != null) {
			request.param("everySessions", everySessions);
		}
		if (goal != null) {
			request.param("goalTarget", goal);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from outcome_assignment where client_id = ? and measure = ? order by created_at desc limit 1")
			.params(client, measure).query(UUID.class).single();
	}

	private String handToClient(UUID assignment) throws Exception {
		return mvc.perform(post("/clients/{id}/outcomes/assignments/{a}/tablet", client, assignment).session(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	/** The therapist unlocks the kiosk with their password, as on the tablet. */
	private void takeTabletBack() throws Exception {
		mvc.perform(post("/kiosk/unlock").session(therapist).with(csrf()).param("secret", DemoAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection());
	}

	private void answer(String responsePage, String question, String answer) throws Exception {
		var request = post(responsePage + "/answers").session(therapist).with(csrf()).param("question", question);
		request = "skip".equals(answer) ? request.param("skip", "true") : request.param("answer", answer);
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).session(therapist)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static UUID idOf(String responsePage) {
		return UUID.fromString(responsePage.substring(responsePage.lastIndexOf('/') + 1));
	}
}
