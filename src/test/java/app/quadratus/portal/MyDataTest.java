package app.quadratus.portal;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.SqlTime;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Download my data (PS-28): JSON and PDF, fast with 500 sessions, never the unshared notes; the reviewed request. */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class MyDataTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	Accounts accounts;

	@Autowired
	ObjectMapper json;

	@Test
	void aClientWith500SessionsDownloadsJsonAndPdfWellWithinAMinuteWithoutTheNotes() throws Exception {
		UUID clinic = demo.clinicOf(CLIENT);
		SecondClient client = SecondClient.signedIn(mvc, accounts, clinic);
		UUID source = jdbc.sql("select id from treatment_session where clinic_id = ? and status = 'signed' limit 1")
			.param(clinic).query(UUID.class).single();
		String note = "UNSHARED-SOAP-" + UUID.randomUUID();
		Instant start = Instant.parse("2020-01-06T10:00:00Z");
		for (int i = 0; i < 500; i++) {
			UUID session = UUID.randomUUID();
			jdbc.sql("""
					insert into treatment_session (id, clinic_id, client_id, plan_id, status, started_at, pain_before, pain_after,
					homework, goals, techniques, regions, note, content_sha256, signed_by, signed_at, created_by, created_at,
					changed_by, changed_at)
					select ?, clinic_id, ?, null, status, ?, pain_before, pain_after, homework, '[]', techniques, regions,
					?, content_sha256, signed_by, ?, created_by, created_at, changed_by, changed_at
					from treatment_session where id = ?""")
				.params(session, client.clientId(), SqlTime.of(start.plus(Duration.ofDays(3L * i))),
						"{\"subjective\": \"" + note + "\"}", SqlTime.of(start.plus(Duration.ofDays(3L * i)).plusSeconds(3600)),
						source)
				.update();
			if (i % 2 == 0) {
				jdbc.sql("""
						insert into session_summary_share (session_id, clinic_id, client_id, summary, shared_by, shared_at)
						values (?, ?, ?, ?, ?, ?)""")
					.params(session, clinic, client.clientId(), "Session " + i + ": we eased the lower back; keep walking daily.",
							UUID.randomUUID(), SqlTime.of(start.plus(Duration.ofDays(3L * i)).plusSeconds(7200)))
					.update();
			}
			jdbc.sql("insert into pain_diary_entry (id, clinic_id, client_id, entry_day, pain, note, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), clinic, client.clientId(), LocalDate.of(2020, 1, 6).plusDays(3L * i), i % 11,
						"Evening " + i, SqlTime.of(start.plus(Duration.ofDays(3L * i))))
				.update();
		}

		long began = System.nanoTime();
		String body = mvc.perform(get("/portal/data.json").session(client.session()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		Duration jsonTook = Duration.ofNanos(System.nanoTime() - began);
		began = System.nanoTime();
		byte[] pdf = mvc.perform(get("/portal/data.pdf").session(client.session()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		Duration pdfTook = Duration.ofNanos(System.nanoTime() - began);

		JsonNode data = json.readTree(body);
		assertThat(data.get("sessionSummaries").size()).isEqualTo(250);
		assertThat(data.get("painDiary").size()).isEqualTo(500);
		assertThat(data.get("details").get("email").asString()).isEqualTo(client.email());
		assertThat(body).doesNotContain(note).doesNotContain("Claire");
		assertThat(new String(Arrays.copyOf(pdf, 5))).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(20_000);
		// A minute is the promise; on a shared test machine we want a wide margin.
		assertThat(jsonTook).as("JSON took %s", jsonTook).isLessThan(Duration.ofSeconds(15));
		assertThat(pdfTook).as("PDF took %s", pdfTook).isLessThan(Duration.ofSeconds(30));
		System.out.printf("My data with 500 sessions: JSON %d ms, PDF %d ms (%d bytes)%n", jsonTook.toMillis(),
				pdfTook.toMillis(), pdf.length);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and client_id = ?")
			.param(client.clientId()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void staffReviewTheRequestForTheNotesAndTheClientIsTold() throws Exception {
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		String asked = "Please send my notes " + UUID.randomUUID();
		mvc.perform(post("/portal/data/request").session(claire).with(csrf()).param("details", asked))
			.andExpect(flash().attribute("flash", "portal.data.requested"));
		UUID request = jdbc.sql("select id from record_access_request where details = ?").param(asked).query(UUID.class).single();
		mvc.perform(get("/portal/details").session(claire)).andExpect(content().string(containsString("Waiting for the clinic")));

		mvc.perform(get("/record-requests").session(DemoAccounts.signIn(mvc, RECEPTION))).andExpect(status().isForbidden());
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/record-requests").session(therapist)).andExpect(content().string(containsString(asked)))
			.andExpect(content().string(containsString("Record requests")));
		mvc.perform(post("/record-requests/{id}/decision", request).session(therapist).with(csrf()).param("approve", "false"))
			.andExpect(flash().attribute("flashError", "portal.requests.reason.required"));
		mvc.perform(post("/record-requests/{id}/decision", request).session(therapist).with(csrf()).param("approve", "false")
			.param("reason", "We will go through the notes with you at your next visit."))
			.andExpect(flash().attribute("flash", "portal.requests.refused"));
		mvc.perform(post("/record-requests/{id}/decision", request).session(therapist).with(csrf()).param("approve", "true")
			.param("reason", "Changed my mind")).andExpect(flash().attribute("flashError", "portal.requests.alreadyDecided"));
		mvc.perform(post("/record-requests/{id}/decision", request).session(claire).with(csrf()).param("approve", "true")
			.param("reason", "self-approval")).andExpect(status().isForbidden());

		mvc.perform(get("/portal/details").session(claire))
			.andExpect(content().string(containsString("Not approved")))
			.andExpect(content().string(containsString("We will go through the notes with you at your next visit.")));
		String claireEmail = jdbc.sql("select c.email from client c join account a on a.client_id = c.id where a.email = ?")
			.param(CLIENT).query(String.class).single();
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(claireEmail)
						&& m.getSubject().equals("Your clinic has answered your request");
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and object_type = 'record-access-request' and object_id = ?")
			.param(request.toString()).query(Long.class).single()).isEqualTo(1);
	}
}
