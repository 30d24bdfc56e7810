package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class AssessmentPagesTest {

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
		client = demo.aClientOf(DemoAccounts.THERAPIST);
	}

	@Test
	void theNewAssessmentPageAsksRedFlagsFirstAndDrawsBothCharts() throws Exception {
		String html = mvc.perform(get("/clients/{id}/assessments/new", client).session(therapist))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Red flags first", "Cauda equina: new or worse in the last 14 days",
				"data-region=\"lower_lumbar\"", "role=\"button\" tabindex=\"0\"", "id=\"pain-lower_lumbar\"", "hx-post=", "Treatment can go ahead");
		assertThat(html.indexOf("Red flags first")).isLessThan(html.indexOf("Pain drawing"));
	}

	@Test
	void aCaudaEquinaAnswerTurnsThePanelIntoAnEmergencyWithWhereToSendTheClient() throws Exception {
		mvc.perform(screen().param("redFlags[urinary_dysfunction]", "YES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"emergency-banner\" role=\"alert\"")))
			.andExpect(content().string(containsString("Emergency: send to A&amp;E today")))
			.andExpect(content().string(containsString("The nearest emergency department (A&amp;E), today")))
			.andExpect(content().string(containsString("hx-swap-oob")));
	}

	@Test
	void aGluteusMinimusDrawingListsItAmongTheCandidatesWithItsReferralMap() throws Exception {
		String html = mvc.perform(screen().param("pain[lower_buttock].intensity", "7").param("pain[lower_buttock].side", "LEFT")
				.param("pain[lateral_thigh].intensity", "6").param("pain[lateral_leg].intensity", "5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Gluteus minimus", "zone essential", "zone spillover", "palpation[gluteus_minimus]");
		// The heat map carries the intensity as a number, not only as a shade.
		assertThat(html).contains("class=\"zone heat-7\"", ">7</text>");
	}

	@Test
	void savingKeepsTheFindingsAndScreeningAndIsAudited() throws Exception {
		long views = demo.auditCount(client, "VIEW");
		String location = mvc.perform(save(post("/clients/{id}/assessments", client))
				.param("redFlags[history_of_cancer]", "YES"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID assessment = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(demo.auditCount(client, "CREATE")).isPositive();

		mvc.perform(get(location).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Version 1 of 1")))
			.andExpect(content().string(containsString("Possible serious pathology")))
			.andExpect(content().string(containsString("Referral letter (PDF)")));
		assertThat(demo.auditCount(client, "VIEW")).isGreaterThan(views);
		assertThat(jdbc.sql("select urgency from assessment_version where assessment_id = ?").param(assessment)
			.query(String.class).single()).isEqualTo("URGENT_REFERRAL");
	}

	@Test
	void anAmendmentAppendsAVersionAndTheOriginalStaysReadable() throws Exception {
		String location = mvc.perform(save(post("/clients/{id}/assessments", client)))
			.andReturn().getResponse().getRedirectedUrl();
		UUID assessment = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String original = findingsOf(assessment, 1);

		mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason for the amendment.")));
		mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "8").param("amendReason", "Intensity misheard")
				.param("baseVersion", "1"))
			.andExpect(status().is3xxRedirection());

		assertThat(findingsOf(assessment, 1)).isEqualTo(original);
		assertThat(findingsOf(assessment, 2)).contains("\"intensity\":8");
		assertThat(demo.auditCount(client, "AMEND")).isPositive();
		mvc.perform(get(location).session(therapist))
			.andExpect(content().string(containsString("Version 2 of 2")))
			.andExpect(content().string(containsString("Intensity misheard")));
		mvc.perform(get(location).param("version", "1").session(therapist))
			.andExpect(content().string(containsString("You are reading version 1, which was later amended.")))
			.andExpect(content().string(containsString("5/10")));
	}

	@Test
	void theAmendFormCarriesTheVersionItWasOpenedOn() throws Exception {
		UUID assessment = saved();
		mvc.perform(get("/clients/{id}/assessments/{a}/amend", client, assessment).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"baseVersion\"")))
			.andExpect(content().string(containsString("value=\"1\"")));
	}

	@Test
	void aSecondTherapistsStaleAmendmentIsRefusedBesideTheFormAndTheFirstStaysCurrent() throws Exception {
		UUID assessment = saved();
		// Both therapists opened version 1; the first saves.
		mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "8").param("amendReason", "First")
				.param("baseVersion", "1"))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "2").param("amendReason", "Second")
				.param("baseVersion", "1"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Someone else amended this assessment while you were editing it")
			.contains("name=\"amendReason\"").contains("Second");
		assertThat(versionsOf(assessment)).isEqualTo(2);
		assertThat(findingsOf(assessment, 2)).contains("\"intensity\":8");
		// The form now stands on version 2, so saving again (having looked) is accepted.
		assertThat(page).containsPattern("name=\"baseVersion\"[^>]*value=\"2\"");
		mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "2").param("amendReason", "Second")
				.param("baseVersion", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(versionsOf(assessment)).isEqualTo(3);
	}

	@Test
	void anAmendmentThatDoesNotSayWhichVersionItChangedIsRefused() throws Exception {
		UUID assessment = saved();
		mvc.perform(amend(assessment).param("pain[lower_lumbar].intensity", "8").param("amendReason", "No base"))
			.andExpect(status().isConflict());
		assertThat(versionsOf(assessment)).isEqualTo(1);
	}

	@Test
	void theChartListsAssessmentsWithANewAssessmentButton() throws Exception {
		UUID demoAssessment = demo.anAssessmentOf(DemoAccounts.THERAPIST);
		UUID assessed = demo.clientOfAssessment(demoAssessment);
		mvc.perform(get("/clients/{id}", assessed).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New assessment")))
			.andExpect(content().string(containsString("/assessments/" + demoAssessment)));
	}

	@Test
	void aReAssessmentShowsBothDrawingsSideBySide() throws Exception {
		List<UUID> reassessed = jdbc.sql("""
				select a.id from assessment a where a.clinic_id = ? and (select count(*) from assessment b
				where b.client_id = a.client_id) = 2 order by a.assessed_at desc""")
			.param(demo.clinicOf(DemoAccounts.THERAPIST)).query(UUID.class).list();
		assertThat(reassessed).isNotEmpty();
		UUID later = reassessed.get(0);
		mvc.perform(get("/clients/{id}/assessments/{a}", demo.clientOfAssessment(later), later).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Compared with the previous assessment")));
	}

	@Test
	void receptionCannotOpenOrScreenAssessments() throws Exception {
		MockHttpSession reception = DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
		mvc.perform(get("/clients/{id}/assessments/new", client).session(reception)).andExpect(status().isForbidden());
		mvc.perform(post("/clients/{id}/assessments/screen", client).session(reception).with(csrf()).param("age", "40"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Screening"))));
	}

	private MockHttpServletRequestBuilder screen() {
		return post("/clients/{id}/assessments/screen", client).session(therapist).with(csrf()).param("age", "45");
	}

	private MockHttpServletRequestBuilder save(MockHttpServletRequestBuilder request) {
		return request.session(therapist).with(csrf()).param("pain[lower_lumbar].intensity", "5")
			.param("pain[lower_lumbar].side", "BOTH").param("pain[lower_lumbar].quality", "ACHE");
	}

	private MockHttpServletRequestBuilder amend(UUID assessment) {
		return post("/clients/{id}/assessments/{a}/amend", client, assessment).session(therapist).with(csrf())
			.param("pain[lower_lumbar].side", "BOTH");
	}

	private UUID saved() throws Exception {
		String location = mvc.perform(save(post("/clients/{id}/assessments", client)))
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private long versionsOf(UUID assessment) {
		return jdbc.sql("select count(*) from assessment_version where assessment_id = ?").param(assessment)
			.query(Long.class).single();
	}

		private String findingsOf(UUID assessment, int version) {
		return jdbc.sql("select findings from assessment_version where assessment_id = ? and version = ?")
			.params(assessment, version).query(String.class).single();
	}
}
