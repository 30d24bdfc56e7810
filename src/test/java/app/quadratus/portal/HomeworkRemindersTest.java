package app.quadratus.portal;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The daily reminder: opted in, sent once a day even by two instances at once, stopped from the email. */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class HomeworkRemindersTest {

	private static final Pattern UNSUBSCRIBE = Pattern.compile("http://localhost:8080(/reminders/unsubscribe/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HomeworkReminders reminders;

	@Test
	void twoInstancesSendOneReminderADayAndItsLinkStopsThemWithoutSigningIn() throws Exception {
		UUID claire = jdbc.sql("select client_id from account where email = ?").param(CLIENT).query(UUID.class).single();
		MockHttpSession session = DemoAccounts.signIn(mvc, CLIENT);
		mvc.perform(post("/portal/reminder").session(session).with(csrf()).param("sendAt", "00:00").param("zone", "Mars/Olympus"))
			.andExpect(flash().attribute("flashError", "portal.reminder.zone"));
		mvc.perform(post("/portal/reminder").session(session).with(csrf()).param("sendAt", "00:00").param("zone", "Europe/London"))
			.andExpect(flash().attribute("flash", "portal.reminder.saved"));
		mvc.perform(get("/portal/details").session(session))
			.andExpect(content().string(containsString("You get a reminder every day at 00:00 (Europe/London).")));

		// A disabled account gets no reminder (nor does an archived client): the job reads who they are now.
		jdbc.sql("update account set enabled = false where email = ?").param(CLIENT).update();
		try {
			reminders.sendDue();
		}
		finally {
			jdbc.sql("update account set enabled = true where email = ?").param(CLIENT).update();
		}
		assertThat(jdbc.sql("select count(*) from homework_reminder_sent where client_id = ?").param(claire)
			.query(Long.class).single()).isZero();

		// Two app instances run the job at the same moment: the claimed (client, day) row lets one through.
		CompletableFuture.allOf(CompletableFuture.runAsync(reminders::sendDue), CompletableFuture.runAsync(reminders::sendDue))
			.join();
		reminders.sendDue();
		MimeMessage[] toClaire = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(CLIENT);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toArray(MimeMessage[]::new);
		assertThat(toClaire).hasSize(1);
		assertThat(toClaire[0].getSubject()).isEqualTo("Your exercises for today");
		assertThat(jdbc.sql("select count(*) from homework_reminder_sent where client_id = ?").param(claire)
			.query(Long.class).single()).isEqualTo(1);

		Matcher link = UNSUBSCRIBE.matcher(GreenMailUtil.getBody(toClaire[0]).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		// Opening the link (as a mail scanner would) changes nothing: it asks.
		mvc.perform(get(link.group(1))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop the daily exercise reminders?")));
		assertThat(jdbc.sql("select count(*) from homework_reminder where client_id = ?").param(claire).query(Long.class).single())
			.isEqualTo(1);
		mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("You will get no more daily exercise reminders.")));
		assertThat(jdbc.sql("select count(*) from homework_reminder where client_id = ?").param(claire).query(Long.class).single())
			.isZero();
		mvc.perform(get("/reminders/unsubscribe/" + "x".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(post("/reminders/unsubscribe/" + "x".repeat(43)).with(csrf())).andExpect(status().isNotFound());
	}
}
