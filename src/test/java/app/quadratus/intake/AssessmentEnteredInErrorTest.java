package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentSessionsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An assessment entered in error leaves the chart's list through the shared mechanism, and is never deleted. */
@WebTest
class AssessmentEnteredInErrorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAssessmentEnteredInErrorLeavesTheChartButStaysReadable() throws Exception {
		UUID client = new TreatmentSessionsFixture(mvc).newClient();
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
				.param("pain[lower_lumbar].intensity", "5").param("pain[lower_lumbar].side", "BOTH")
				.param("pain[lower_lumbar].quality", "ACHE"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID assessment = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(chart(client, therapist)).contains("/assessments/" + assessment);

		mvc.perform(post("/clients/{id}/assessments/{a}/entered-in-error", client, assessment).session(therapist).with(csrf()));
		assertThat(chart(client, therapist)).as("no reason, nothing marked").contains("/assessments/" + assessment);

		mvc.perform(post("/clients/{id}/assessments/{a}/entered-in-error", client, assessment).session(therapist).with(csrf())
			.param("reason", "Written on the wrong client"));
		assertThat(chart(client, therapist)).doesNotContain("/assessments/" + assessment);
		assertThat(mvc.perform(get(location).session(therapist)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from assessment_version where assessment_id = ?").param(assessment)
			.query(Long.class).single()).isEqualTo(1);
	}

	private String chart(UUID client, MockHttpSession session) throws Exception {
		return mvc.perform(get("/clients/{id}", client).session(session)).andReturn().getResponse().getContentAsString();
	}
}
