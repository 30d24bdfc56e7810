package app.quadratus.scheduling.reminders;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.quadratus.clients.ClientForm;
import app.quadratus.clients.ClientRecords;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Reminders go once, even when two runs (two app instances) race, only to clients with an email who have not refused. */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class AppointmentReminderTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRecords clients;

	@Autowired
	AppointmentReminders reminders;

	private UUID newClient(String given, String email) {
		ClientForm form = new ClientForm();
		form.setGivenName(given);
		form.setFamilyName("Reminded");
		form.setDateOfBirth(LocalDate.of(1980, 5, 5));
		form.setEmail(email);
		form.setPrivacyNoticeAcknowledged(true);
		return clients.createInClinic(demo.clinicOf(RECEPTION), form, Instant.now()).id();
	}

	/** Books through the API in the hire room (free at night), hours from now on a 5-minute boundary. */
	private UUID book(UUID client, long minutesAhead) throws Exception {
		UUID clinic = demo.clinicOf(RECEPTION);
		UUID type = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Follow-up'").param(clinic)
			.query(UUID.class).single();
		UUID room = jdbc.sql("select id from room where clinic_id = ? and hireable").param(clinic).query(UUID.class).single();
		UUID therapist = demo.accountId(DemoAccounts.THERAPIST2);
		Instant start = Instant.now().plus(minutesAhead, ChronoUnit.MINUTES);
		start = Instant.ofEpochSecond(start.getEpochSecond() / 300 * 300);
		for (int attempt = 0; attempt < 40; attempt++, start = start.plus(50, ChronoUnit.MINUTES)) {
			var result = mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%s"}"""
					.formatted(client, therapist, type, room, start))).andReturn().getResponse();
			if (result.getStatus() == 201) {
				return UUID.fromString(result.getContentAsString().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
			}
		}
		throw new IllegalStateException("no free time to book");
	}

	private List<MimeMessage> to(String email) throws Exception {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	@Test
	void twoConcurrentRunsSendExactlyOneReminderWithNothingClinical() throws Exception {
		UUID client = newClient("Rosa", "rosa.reminded@example.org");
		UUID appointment = book(client, 120);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Callable<Integer> run = () -> {
				start.await();
				return reminders.sendDue();
			};
			runs.add(pool.submit(run));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		List<MimeMessage> sent = to("rosa.reminded@example.org");
		assertThat(sent).hasSize(1);
		String body = GreenMailUtil.getBody(sent.get(0));
		assertThat(sent.get(0).getSubject()).startsWith("Appointment reminder: ");
		assertThat(body).contains("Dear Rosa").contains("Quadratus Demo Clinic, Norwich").contains("14 Unthank Road")
			.contains("Follow-up").contains("Priya Shah").contains("contact the clinic");
		// The reminder carries the booking's own link to cancel or move it; it opens without signing in.
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/book/manage/[A-Za-z0-9_-]{43}").matcher(body);
		assertThat(link.find()).isTrue();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link.group()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Your booking at")));
		assertThat(jdbc.sql("select count(*) from appointment_reminder where appointment_id = ?").param(appointment)
			.query(Long.class).single()).isEqualTo(1);
		// A later run sends nothing more.
		reminders.sendDue();
		assertThat(to("rosa.reminded@example.org")).hasSize(1);
	}

	@Test
	void onlyDueAppointmentsOfClientsWhoHaveNotRefusedAreReminded() throws Exception {
		UUID refuser = newClient("Ruth", "ruth.refuses@example.org");
		jdbc.sql("insert into appointment_email_refusal (clinic_id, client_id, refused_at) values (?, ?, ?)")
			.params(demo.clinicOf(RECEPTION), refuser, java.time.OffsetDateTime.now()).update();
		book(refuser, 180);
		UUID later = newClient("Lena", "lena.later@example.org");
		book(later, 60 * 60);
		reminders.sendDue();
		assertThat(to("ruth.refuses@example.org")).isEmpty();
		assertThat(to("lena.later@example.org")).isEmpty();
		// The owner has the clinic remind three days ahead instead: Lena's (about 60 hours away) is due now.
		var owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/reminders").session(owner).with(csrf()).param("hoursBefore", "200"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("from 1 to 168")));
		mvc.perform(post("/reminders").session(owner).with(csrf()).param("hoursBefore", "72"))
			.andExpect(status().is3xxRedirection());
		try {
			reminders.sendDue();
			assertThat(to("lena.later@example.org")).hasSize(1);
		}
		finally {
			jdbc.sql("delete from practice_settings where clinic_id = ?").param(demo.clinicOf(RECEPTION)).update();
		}
	}
}
