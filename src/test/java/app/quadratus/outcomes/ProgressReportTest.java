package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The progress report PDF for the client or their GP. */
@WebTest
class ProgressReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePdfHoldsEachMeasuresScoresAgainstTheBaselineAndIsAuditedAsAPrint() throws Exception {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		long prints = demo.auditCount(claire, "PRINT");
		byte[] pdf = mvc.perform(get("/clients/{id}/outcomes/report.pdf", claire).session(DemoAccounts.signIn(mvc, THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		String firstOdi = jdbc.sql("""
				select score from outcome_response where client_id = ? and measure = 'odi' and status = 'COMPLETED'
				order by completed_at limit 1""").param(claire).query(java.math.BigDecimal.class).single()
			.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
		assertThat(text).contains("Progress report").contains("Claire Demo").contains("Oswestry Disability Index")
			.contains("Numeric Pain Rating Scale").contains("Keele STarT Back Screening Tool").contains("Baseline")
			.contains(firstOdi).contains("clinically important improvement").contains("Matched care (NICE NG59)");
		assertThat(demo.auditCount(claire, "PRINT")).isEqualTo(prints + 1);
	}

	@Test
	void receptionCannotPrintIt() throws Exception {
		mvc.perform(get("/clients/{id}/outcomes/report.pdf", demo.aClientOf(THERAPIST)).session(DemoAccounts.signIn(mvc, RECEPTION)))
			.andExpect(status().isForbidden());
	}
}
