package app.quadratus.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The treatment pages: plans, the agreement hand-over, check-in, session mode's log, signing, amendments, timeline. */
@WebTest
class TreatmentPagesTest {

	static final String RELEASE = """
			{"muscle": "piriformis", "side": "right", "pressure": 6, "holdSeconds": 45,
			 "referredPainBefore": 7, "referredPainAfter": 3, "outcome": "partly"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession therapist;

	UUID client;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		client = demo.clientOfAssessment(demo.anAssessmentOf(DemoAccounts.THERAPIST));
	}

	@Test
	void aNewPlanStartsFromTheAssessmentAndShowsBadInputBesideItsField() throws Exception {
		String html = mvc.perform(get("/clients/{id}/plans/new", client).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("New treatment plan", "Candidate muscles:", "name=\"goals[0].kind\"", "Relief", "Maintain");

		long before = plans();
		String refused = mvc.perform(plan(post("/clients/{id}/plans", client)).param("goals[2].kind", "activity")
				.param("goals[2].words", "Walk to the shop").param("goals[2].baseline", "2").param("goals[2].target", "eleven")
				.param("goals[1].kind", "free").param("goals[1].words", "Back to Pilates"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Please correct the fields marked below", "must be a number", "is required");
		assertThat(plans()).isEqualTo(before);

		String location = mvc.perform(plan(post("/clients/{id}/plans", client)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(plans()).isEqualTo(before + 1);
		String shown = mvc.perform(get(location).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Awaiting agreement", "Sit through a meeting: from 3 to 8 out of 10",
				"once a week", "Hand to client to agree");
	}

	@Test
	void aRevisionIsANewVersionAndTheOldOneStaysReadable() throws Exception {
		String location = createPlan();
		UUID planId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(mvc.perform(get(location + "/revise").session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Sit through a meeting", "value=\"1\"");
		mvc.perform(plan(post(location), "9").param("basedOnVersion", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(plan(post(location)).param("basedOnVersion", "1")).andExpect(status().isConflict());
		assertThat(mvc.perform(get(location).session(therapist)).andReturn().getResponse().getContentAsString())
			.contains("Version 2", "from 3 to 9 out of 10");
		assertThat(mvc.perform(get(location).param("version", "1").session(therapist)).andReturn().getResponse()
			.getContentAsString()).contains("older version", "from 3 to 8 out of 10");
		assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?").param(planId).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void theClientAgreesOnTheHandedOverTabletWhichReachesNothingElse() throws Exception {
		String location = createPlan();
		UUID planId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(location + "/hand-over").session(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(location + "/agreement").session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Your treatment plan", "What we are aiming for", "Type your full name to agree")
			.doesNotContain("Sign out");
		// The chart is out of reach while the client holds the tablet.
		mvc.perform(get("/clients/{id}", client).session(therapist)).andExpect(status().isSeeOther());
		assertThat(mvc.perform(post(location + "/agreement").session(therapist).with(csrf()).param("version", "1")
			.param("agreedBy", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Please type your name to agree.");
		mvc.perform(post(location + "/agreement").session(therapist).with(csrf()).param("version", "1")
			.param("agreedBy", "Claire Demo")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select agreed_by_name from plan_agreement where plan_id = ?").param(planId)
			.query(String.class).single()).isEqualTo("Claire Demo");
		mvc.perform(post("/kiosk/unlock").session(therapist).with(csrf()).param("secret", DemoAccounts.PASSWORD));
		assertThat(mvc.perform(get(location).session(therapist)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Agreed by Claire Demo");
	}

	@Test
	void aSessionIsLoggedSignedAndThenRefusesEveryChange() throws Exception {
		String session = mvc.perform(post("/clients/{id}/sessions", client).session(therapist).with(csrf())
				.param("painBefore", "6").param("homework", "partly").param("techniques", "trigger_point_therapy", "deep_tissue"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID sessionId = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
		assertThat(mvc.perform(get(session).session(therapist)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("session-mode.js", "data-muscle=", "Start hold", "data-csrf=");

		mvc.perform(release(session, "key-1")).andExpect(status().isCreated());
		String again = mvc.perform(release(session, "key-1")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(again).contains("\"muscleName\":\"Piriformis\"");
		assertThat(releases(sessionId)).isEqualTo(1);
		// Without the CSRF token the page session cannot add to the log.
		mvc.perform(post(session + "/releases").session(therapist).header("Idempotency-Key", "key-2")
			.contentType(MediaType.APPLICATION_JSON).content(RELEASE)).andExpect(status().isForbidden());
		mvc.perform(post(session + "/releases").session(therapist).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(RELEASE)).andExpect(status().isBadRequest());
		mvc.perform(post(session + "/releases").session(therapist).with(csrf()).header("Idempotency-Key", "key-3")
			.contentType(MediaType.APPLICATION_JSON).content(RELEASE.replace("\"pressure\": 6", "\"pressure\": 11")))
			.andExpect(status().isUnprocessableContent());

		assertThat(mvc.perform(get(session + "/finish").session(therapist)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("Pain now, after treatment", "Pain on arrival 6/10");
		assertThat(mvc.perform(post(session + "/sign").session(therapist).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Please choose the pain after treatment");
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "3")
			.param("sentence", "Stretches twice a day.")).andExpect(status().is3xxRedirection());
		String signed = mvc.perform(get(session).session(therapist)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(signed).contains("Signed", "Pain on arrival 6/10", "Stretches twice a day.", "Add amendment")
			.doesNotContain("session-mode.js");
		String hash = jdbc.sql("select content_sha256 from treatment_session where id = ?").param(sessionId)
			.query(String.class).single();

		mvc.perform(release(session, "key-4")).andExpect(status().isConflict());
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "1")).andExpect(status().isConflict());
		assertThat(mvc.perform(post(session + "/amendments").session(therapist).with(csrf()).param("reason", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Please give the reason for the amendment.");
		mvc.perform(post(session + "/amendments").session(therapist).with(csrf()).param("reason", "Wrong side")
			.param("text", "The piriformis release was on the left.")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(session).session(therapist)).andReturn().getResponse().getContentAsString())
			.contains("Wrong side", "The piriformis release was on the left.");
		assertThat(releases(sessionId)).isEqualTo(1);
		assertThat(jdbc.sql("select content_sha256 || pain_after from treatment_session where id = ?").param(sessionId)
			.query(String.class).single()).isEqualTo(hash + "3");
		assertThat(audits(sessionId, "SIGN")).isEqualTo(1);
		assertThat(audits(sessionId, "AMEND")).isEqualTo(1);
		assertThat(audits(sessionId, "VIEW")).isPositive();
	}

	@Test
	void theTimelineListsTheRecordNewestFirstAndPagesOlderEntries() throws Exception {
		createPlan();
		String chart = mvc.perform(get("/clients/{id}", client).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(chart).contains("Timeline", "Plan version", "Assessment", "New plan", "Start a session");
		mvc.perform(get("/clients/{id}/timeline", client).param("before", "2000-01-01T00:00:00Z").session(therapist))
			.andExpect(status().isOk());
	}

	@Test
	void recordsEnteredInErrorAreOffTheTimeline() throws Exception {
		// A client of this test alone, so no other test meets the records marked in error.
		String created = mvc.perform(post("/clients").session(therapist).with(csrf()).param("givenName", "Erin")
				.param("familyName", "Error").param("dateOfBirth", "1981-01-01")).andReturn().getResponse().getRedirectedUrl();
		client = UUID.fromString(created.replaceAll(".*/clients/([0-9a-f-]{36}).*", "$1"));
		mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
			.param("pain[lower_lumbar].intensity", "5").param("pain[lower_lumbar].side", "BOTH")
			.param("pain[lower_lumbar].quality", "ACHE")).andExpect(status().is3xxRedirection());
		String session = mvc.perform(post("/clients/{id}/sessions", client).session(therapist).with(csrf()).param("painBefore", "4"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID sessionId = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
		UUID assessment = jdbc.sql("select id from assessment where client_id = ? order by assessed_at desc limit 1")
			.param(client).query(UUID.class).single();
		String justAfterIt = jdbc.sql("select assessed_at from assessment where id = ?").param(assessment)
			.query(java.sql.Timestamp.class).single().toInstant().plusMillis(1).toString();
		assertThat(timeline()).contains(sessionId.toString());
		assertThat(timeline(justAfterIt)).contains(assessment.toString());
		for (Object[] record : new Object[][] { { "session", sessionId }, { "assessment", assessment } }) {
			jdbc.sql("""
					insert into record_entered_in_error (id, clinic_id, client_id, record_type, record_id, reason, created_at)
					values (?, ?, ?, ?, ?, 'Wrong client', current_timestamp)""")
				.params(UUID.randomUUID(), demo.clinicOf(DemoAccounts.THERAPIST), client, record[0], record[1]).update();
		}
		assertThat(timeline()).doesNotContain(sessionId.toString());
		assertThat(timeline(justAfterIt)).doesNotContain(assessment.toString());
	}

	private String timeline() throws Exception {
		return mvc.perform(get("/clients/{id}/timeline", client).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private String timeline(String before) throws Exception {
		return mvc.perform(get("/clients/{id}/timeline", client).param("before", before).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void receptionAndClientsAreRefusedAndAnotherClinicsClientIsNotFound() throws Exception {
		for (String email : new String[] { DemoAccounts.RECEPTION, DemoAccounts.CLIENT }) {
			MockHttpSession other = DemoAccounts.signIn(mvc, email);
			mvc.perform(get("/clients/{id}/plans/new", client).session(other)).andExpect(status().isForbidden());
			mvc.perform(get("/clients/{id}/sessions/new", client).session(other)).andExpect(status().isForbidden());
			mvc.perform(get("/clients/{id}/timeline", client).session(other)).andExpect(status().isForbidden());
			mvc.perform(post("/clients/{id}/sessions", client).session(other).with(csrf()).param("painBefore", "5"))
				.andExpect(status().isForbidden());
		}
		UUID theirs = demo.aClientOf(DemoAccounts.OTHER_CLINIC);
		mvc.perform(get("/clients/{id}/plans/new", theirs).session(therapist)).andExpect(status().isNotFound());
		mvc.perform(get("/clients/{id}/sessions/new", theirs).session(therapist)).andExpect(status().isNotFound());
	}

	private String createPlan() throws Exception {
		return mvc.perform(plan(post("/clients/{id}/plans", client))).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request) {
		return plan(request, "8");
	}

	private MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, String target) {
		return request.session(therapist).with(csrf())
			.param("problems", "Right buttock pain after an hour's sitting")
			.param("goals[0].kind", "activity").param("goals[0].words", "Sit through a meeting")
			.param("goals[0].baseline", "3").param("goals[0].target", target)
			.param("phases[0].sessionsPerWeek", "1").param("phases[0].until", "2027-01-10")
			.param("phases[2].sessionsPerWeek", "0.25")
			.param("techniques", "trigger_point_therapy").param("reviewOn", "2027-01-10");
	}

	private MockHttpServletRequestBuilder release(String session, String key) {
		return post(session + "/releases").session(therapist).with(csrf()).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(RELEASE);
	}

	private long plans() {
		return jdbc.sql("select count(*) from treatment_plan where client_id = ?").param(client).query(Long.class).single();
	}

	private long releases(UUID sessionId) {
		return jdbc.sql("select count(*) from trigger_point_release where session_id = ?").param(sessionId)
			.query(Long.class).single();
	}

	private long audits(UUID sessionId, String action) {
		return jdbc.sql("select count(*) from audit_event where object_id = ? and action = ?")
			.params(sessionId.toString(), action).query(Long.class).single();
	}
}
