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

/**
 * The session pages' newer parts: regions tapped on the body chart (idempotent, carried forward), a new
 * goal typed at check-in, the drafted note edited before signing, and a signed note that no page request
 * can change (H2 and PostgreSQL: a {@code @DatabaseTest} through {@code @WebTest}).
 */
@WebTest
class SessionPagesNoteAndRegionsTest {

	static final String RELEASE = """
			{"muscle": "piriformis", "side": "right", "pressure": 6, "holdSeconds": 45,
			 "referredPainBefore": 7, "referredPainAfter": 3, "outcome": "partly", "clientSaid": "Easier now"}""";

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
	void regionsTappedOnTheBodyChartAreStoredOncePerKeyAndCarriedForward() throws Exception {
		String session = checkIn("");
		UUID sessionId = id(session);
		assertThat(page(session)).contains("id=\"region-chart\"", "data-region=\"lower_buttock\"", "class=\"region-toggle\"");

		String answer = mvc.perform(region(session, "tap-1", "lower_buttock", "left", true)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("{\"region\":\"lower_buttock\",\"side\":\"left\"}");
		// The retry after a dropped connection changes nothing; the same key for another tap is refused.
		mvc.perform(region(session, "tap-1", "lower_buttock", "left", true)).andExpect(status().isOk());
		mvc.perform(region(session, "tap-1", "lateral_thigh", "left", true)).andExpect(status().isUnprocessableContent());
		mvc.perform(region(session, "tap-2", "lateral_thigh", "left", true)).andExpect(status().isOk());
		assertThat(marks(sessionId)).isEqualTo(2);
		mvc.perform(region(session, "tap-3", "nowhere", "left", true)).andExpect(status().isUnprocessableContent());
		mvc.perform(post(session + "/regions").session(therapist).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"region\": \"lateral_thigh\", \"treated\": false}")).andExpect(status().isBadRequest());
		mvc.perform(region(session, "tap-4", "lateral_thigh", "left", false)).andExpect(status().isOk());
		assertThat(regions(sessionId)).contains("lower_buttock").doesNotContain("lateral_thigh");
		assertThat(page(session)).containsPattern("data-region=\"lower_buttock\" data-zone-side=\"left\" aria-pressed=\"true\"");

		sign(session, "3");
		mvc.perform(region(session, "tap-5", "lateral_thigh", "left", true)).andExpect(status().isConflict());
		assertThat(regions(sessionId)).doesNotContain("lateral_thigh");

		// The next session starts with last time's regions marked.
		String next = checkIn("");
		assertThat(regions(id(next))).contains("lower_buttock");
		assertThat(page(next)).containsPattern("data-region=\"lower_buttock\" data-zone-side=\"left\" aria-pressed=\"true\"");
	}

	@Test
	void aNewGoalTypedAtCheckInBecomesOneOfTheSessionsGoals() throws Exception {
		assertThat(mvc.perform(get("/clients/{id}/sessions/new", client).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("name=\"newGoal\"");
		String session = checkIn("Walk to the shop without stopping");
		assertThat(jdbc.sql("select goals from treatment_session where id = ?").param(id(session)).query(String.class)
			.single()).contains("Walk to the shop without stopping");
		assertThat(mvc.perform(get(session + "/finish").session(therapist)).andReturn().getResponse()
			.getContentAsString()).contains("Walk to the shop without stopping");

		String refused = mvc.perform(post("/clients/{id}/sessions", client).session(therapist).with(csrf())
				.param("painBefore", "5").param("newGoal", "x".repeat(501)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Please correct the fields marked below", "id=\"goals-error\"");
	}

	@Test
	void theDraftedNoteIsEditedBeforeSigningAndOnlyAmendedAfter() throws Exception {
		String session = checkIn("");
		UUID sessionId = id(session);
		mvc.perform(post(session + "/releases").session(therapist).with(csrf()).header("Idempotency-Key", "r-1")
			.contentType(MediaType.APPLICATION_JSON).content(RELEASE)).andExpect(status().isCreated());
		String finish = mvc.perform(get(session + "/finish").session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(finish).contains("name=\"note.subjective\"", "name=\"note.objective\"", "name=\"note.assessment\"",
				"Save the draft", "Client said: &quot;Easier now&quot;");

		// Saved, not signed: the edited subjective part is kept; the objective part still follows the entries.
		String drafted = draft(sessionId, "objective");
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("action", "save")
			.param("note.subjective", "Arrived stiff after a long drive.").param("drafted.subjective", "Pain on arrival 6/10.")
			.param("note.objective", drafted).param("drafted.objective", drafted))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from treatment_session where id = ?").param(sessionId).query(String.class)
			.single()).isEqualTo("draft");
		assertThat(mvc.perform(get(session + "/finish").session(therapist)).andReturn().getResponse()
			.getContentAsString()).contains("Arrived stiff after a long drive.", "Draft saved.");

		String tooLong = mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "2")
			.param("note.assessment", "x".repeat(8001))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("Please keep each part of the note to 8000 characters.");

		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "2")
			.param("note.subjective", "Arrived stiff after a long drive.").param("drafted.subjective", "Pain on arrival 6/10.")
			.param("note.assessment", "Much easier; referred ache settled.").param("sentence", "Review in a week."))
			.andExpect(status().is3xxRedirection());
		String note = jdbc.sql("select note from treatment_session where id = ?").param(sessionId).query(String.class).single();
		assertThat(note).contains("Arrived stiff after a long drive.", "Much easier; referred ache settled.",
				"Review in a week.", "piriformis (right)");
		String hash = jdbc.sql("select content_sha256 from treatment_session where id = ?").param(sessionId)
			.query(String.class).single();

		// Signed: the page offers only an amendment, and no request through the pages changes the note.
		String signed = page(session);
		assertThat(signed).contains("Add amendment").doesNotContain("name=\"note.subjective\"", "Save the draft");
		mvc.perform(get(session + "/finish").session(therapist)).andExpect(status().is3xxRedirection());
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("action", "save").param("painAfter", "1")
			.param("note.subjective", "Changed")).andExpect(status().isConflict());
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "1")
			.param("note.assessment", "Changed")).andExpect(status().isConflict());
		mvc.perform(region(session, "late", "lower_buttock", "left", true)).andExpect(status().isConflict());
		mvc.perform(post(session + "/releases").session(therapist).with(csrf()).header("Idempotency-Key", "r-2")
			.contentType(MediaType.APPLICATION_JSON).content(RELEASE)).andExpect(status().isConflict());
		mvc.perform(post(session + "/amendments").session(therapist).with(csrf()).param("reason", "Typo")
			.param("text", "Stiff after a long flight, not a drive.")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select note from treatment_session where id = ?").param(sessionId).query(String.class)
			.single()).isEqualTo(note);
		assertThat(jdbc.sql("select content_sha256 from treatment_session where id = ?").param(sessionId)
			.query(String.class).single()).isEqualTo(hash);
		assertThat(page(session)).contains("Arrived stiff after a long drive.", "Stiff after a long flight, not a drive.");
	}

	private String checkIn(String newGoal) throws Exception {
		String session = mvc.perform(post("/clients/{id}/sessions", client).session(therapist).with(csrf())
				.param("painBefore", "6").param("homework", "partly").param("newGoal", newGoal))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return session;
	}

	private void sign(String session, String painAfter) throws Exception {
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", painAfter))
			.andExpect(status().is3xxRedirection());
	}

	private String page(String session) throws Exception {
		return mvc.perform(get(session).session(therapist)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder region(String session, String key, String region, String side, boolean treated) {
		return post(session + "/regions").session(therapist).with(csrf()).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"region\": \"" + region + "\", \"side\": \"" + side + "\", \"treated\": " + treated + "}");
	}

	/** The part of the note as the finish page drafts it now (what its hidden field carries). */
	private String draft(UUID sessionId, String part) throws Exception {
		String html = mvc.perform(get("/clients/{id}/sessions/{s}/finish", client, sessionId).session(therapist))
			.andReturn().getResponse().getContentAsString();
		String marker = "name=\"drafted." + part + "\" value=\"";
		int at = html.indexOf(marker) + marker.length();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.substring(at, html.indexOf('"', at)));
	}

	private String regions(UUID sessionId) {
		return jdbc.sql("select regions from treatment_session where id = ?").param(sessionId).query(String.class).single();
	}

	private long marks(UUID sessionId) {
		return jdbc.sql("select count(*) from session_region_mark where session_id = ?").param(sessionId)
			.query(Long.class).single();
	}

	private static UUID id(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}
}
