package app.quadratus.treatment;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The plan in plain words for the client, and the session summary, as PDFs; printing is audited. */
@WebTest
class TreatmentPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	MockHttpSession therapist;

	UUID client;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		client = demo.aClientOf(DemoAccounts.THERAPIST);
	}

	@Test
	void thePlanReadsInTheClientsWords() throws Exception {
		String plan = mvc.perform(post("/clients/{id}/plans", client).session(therapist).with(csrf())
				.param("problems", "Right buttock pain after an hour's sitting")
				.param("goals[0].kind", "activity").param("goals[0].words", "Sit through a meeting")
				.param("goals[0].baseline", "3").param("goals[0].target", "8")
				.param("goals[1].kind", "measure").param("goals[1].measure", "odi")
				.param("goals[1].baseline", "38").param("goals[1].target", "20").param("goals[1].by", "2027-02-15")
				.param("phases[0].sessionsPerWeek", "1").param("phases[0].until", "2027-01-10")
				.param("phases[2].sessionsPerWeek", "0.25").param("techniques", "trigger_point_therapy")
				.param("reviewOn", "2027-01-10"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long prints = demo.auditCount(client, "PRINT");
		String text = text(mvc.perform(get(plan + "/plan.pdf").session(therapist)).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf")).andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("Your treatment plan", "Right buttock pain after an hour's sitting",
				"Sit through a meeting: from 3 to 8 out of 10",
				"Your ODI score (how much back pain gets in the way of daily life) from 38 to 20 by 15 February 2027",
				"First, easing the pain: once a week until 10 January 2027", "For general maintenance: every 4 weeks",
				"Trigger point therapy", "We will look at it together again on 10 January 2027", "Not yet agreed.");
		assertThat(demo.auditCount(client, "PRINT")).isEqualTo(prints + 1);
	}

	@Test
	void theSessionSummaryHoldsTheLogAndTheSignedNote() throws Exception {
		String session = mvc.perform(post("/clients/{id}/sessions", client).session(therapist).with(csrf())
				.param("painBefore", "6").param("techniques", "trigger_point_therapy"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(session + "/releases").session(therapist).with(csrf()).header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"muscle": "gluteus_minimus", "side": "left", "pressure": 5, "holdSeconds": 40,
					 "referredPainBefore": 6, "referredPainAfter": 2, "outcome": "partly"}""")).andExpect(status().isCreated());
		mvc.perform(post(session + "/sign").session(therapist).with(csrf()).param("painAfter", "2")
			.param("sentence", "Review in a week.")).andExpect(status().is3xxRedirection());
		String text = text(mvc.perform(get(session + "/summary.pdf").session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("Session summary", "gluteus_minimus", "Left", "5/10", "40 s", "6 to 2",
				"Partly released", "Pain on arrival 6/10", "Review in a week.");
	}

	@Test
	void receptionCannotPrintThem() throws Exception {
		MockHttpSession reception = DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
		mvc.perform(get("/clients/{id}/plans/{p}/plan.pdf", client, UUID.randomUUID()).session(reception))
			.andExpect(status().isForbidden());
		mvc.perform(get("/clients/{id}/sessions/{s}/summary.pdf", client, UUID.randomUUID()).session(reception))
			.andExpect(status().isForbidden());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
