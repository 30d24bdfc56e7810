package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ReferralLetterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Test
	void anEmergencyLetterGoesToTheEmergencyDepartmentWithTheUrgencyAndReasons() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
				.param("redFlags[saddle_or_genital_sensory_change]", "YES")
				.param("pain[lower_lumbar].intensity", "7").param("pain[lower_lumbar].side", "BOTH"))
			.andReturn().getResponse().getRedirectedUrl();
		long prints = demo.auditCount(client, "PRINT");

		byte[] pdf = mvc.perform(get(location + "/referral.pdf").session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();

		String text = textOf(pdf);
		assertThat(text).contains("To: the Emergency Department", "Urgency: Emergency: send to A&E today",
				"Reasons for referral", "back passage", "Quadratus Demo Clinic, Norwich", "Sam Okafor");
		assertThat(text).doesNotContain("#");
		assertThat(demo.auditCount(client, "PRINT")).isEqualTo(prints + 1);
	}

	@Test
	void anAssessmentThatNeedsNoReferralHasNoLetter() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
				.param("pain[lower_lumbar].intensity", "3").param("pain[lower_lumbar].side", "BOTH"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location + "/referral.pdf").session(therapist)).andExpect(status().isNotFound());
	}

	private static String textOf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
