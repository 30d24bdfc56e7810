package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two therapists amend the same version at the same moment: both pass the version check, and the
 * unique (assessment, version) key refuses the second insert. That is a conflict beside the form,
 * never a 500, and the first amendment stays current.
 */
@WebTest
class SimultaneousAmendmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	AssessmentRepository repository;

	@Test
	void theSecondOfTwoSimultaneousAmendmentsIsAConflictNotAServerError() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
				.param("pain[lower_lumbar].intensity", "5").param("pain[lower_lumbar].side", "BOTH"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID assessment = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post(location + "/amend").session(therapist).with(csrf()).param("pain[lower_lumbar].side", "BOTH")
				.param("pain[lower_lumbar].intensity", "8").param("amendReason", "First").param("baseVersion", "1"))
			.andExpect(status().is3xxRedirection());
		// The second request read the assessment before the first was saved: it still sees version 1 only.
		doAnswer(invocation -> {
			@SuppressWarnings("unchecked")
			List<AssessmentVersion> all = (List<AssessmentVersion>) invocation.callRealMethod();
			return all.subList(0, 1);
		}).when(repository).versions(any(), any(), eq(assessment));

		mvc.perform(post(location + "/amend").session(therapist).with(csrf()).param("pain[lower_lumbar].side", "BOTH")
				.param("pain[lower_lumbar].intensity", "2").param("amendReason", "Second").param("baseVersion", "1"))
			.andExpect(status().isConflict());

		assertThat(jdbc.sql("select amend_reason from assessment_version where assessment_id = ? and version = 2")
			.param(assessment).query(String.class).single()).isEqualTo("First");
		assertThat(jdbc.sql("select count(*) from assessment_version where assessment_id = ?").param(assessment)
			.query(Long.class).single()).isEqualTo(2);
	}
}
