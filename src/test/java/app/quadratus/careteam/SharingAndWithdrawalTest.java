package app.quadratus.careteam;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A share is a consent: Claire shares from the portal with a named person by email, who is invited to
 * set a password and then sees what was shared; a second clinic's therapist sharing with the same address
 * reuses the one account; Claire withdraws and the partner's very next request is "not found", and the
 * partner is emailed that access ended, without the reason.
 */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class SharingAndWithdrawalTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "harbour kettle violet";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void aShareFromThePortalInvitesThePartnerAndWithdrawingItEndsAccessAtOnce() throws Exception {
		String email = "instructor." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		mvc.perform(get("/portal/care-team").session(claire)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Session notes, assessments and screening are never shared.")));
		// Bad input: beside the field, nothing stored.
		mvc.perform(post("/portal/care-team").session(claire).with(csrf()).param("partnerName", "Ana")
			.param("partnerEmail", "not-an-email").param("kind", "PILATES").param("purpose", "").param("_parts", "on")
			.param("startsOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why you share it.")))
			.andExpect(content().string(containsString("Tick at least one thing to share.")));
		assertThat(count("select count(*) from care_share where partner_email = ?", email)).isZero();
		mvc.perform(post("/portal/care-team").session(claire).with(csrf()).param("partnerName", "Ana Fit")
			.param("partnerEmail", email).param("kind", "PILATES").param("parts", "GOALS", "HOMEWORK", "PRECAUTIONS")
			.param("purpose", "So my classes follow my programme").param("startsOn", LocalDate.now().minusDays(1).toString())
			.param("notesToPortal", "true"))
			.andExpect(redirectedUrl("/portal/care-team"));
		UUID share = jdbc.sql("select id from care_share where partner_email = ?").param(email).query(UUID.class).single();
		assertThat(jdbc.sql("select granted_via from care_share where id = ?").param(share).query(String.class).single())
			.isEqualTo("portal");

		MimeMessage invitation = last(email);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(invitation).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group(1)).with(csrf()).param("password", NEW_PASSWORD).param("repeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		MockHttpSession partner = (MockHttpSession) mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD))
			.andReturn().getRequest().getSession(false);
		mvc.perform(get("/partner").session(partner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Claire Demo")));
		mvc.perform(get("/partner/clients/{id}", share).session(partner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Home programme")))
			// Progress was not ticked: no chart.
			.andExpect(content().string(not(containsString("measure-progress"))));

		// The second clinic's therapist shares with the same address: still one account.
		UUID theirClient = demo.aClientOf(DemoAccounts.OTHER_CLINIC);
		mvc.perform(post("/clients/{id}/care-team", theirClient).session(DemoAccounts.signIn(mvc, DemoAccounts.OTHER_CLINIC))
			.with(csrf()).param("partnerName", "Ana Fit").param("partnerEmail", email).param("kind", "PILATES")
			.param("parts", "GOALS").param("purpose", "Classes").param("startsOn", LocalDate.now().toString()))
			.andExpect(redirectedUrl("/clients/" + theirClient + "/care-team"));
		assertThat(count("select count(*) from account where email = ? or pending_email = ?", email, email)).isEqualTo(1);
		assertThat(count("select count(distinct partner_account_id) from care_share where partner_email = ?", email))
			.isEqualTo(1);

		mvc.perform(post("/portal/care-team/{id}/withdraw", share).session(claire).with(csrf()))
			.andExpect(redirectedUrl("/portal/care-team"));
		mvc.perform(get("/partner/clients/{id}", share).session(partner)).andExpect(status().isNotFound());
		mvc.perform(post("/partner/clients/{id}/notes", share).session(partner).with(csrf()).param("body", "hello"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/partner").session(partner)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Claire Demo"))));
		String ended = GreenMailUtil.getBody(last(email)).replace("=\r\n", "");
		assertThat(last(email).getSubject()).isEqualTo("Care-team access ended");
		assertThat(ended).contains("has ended").doesNotContain("So my classes").doesNotContain("because");
		// Withdrawing twice changes nothing and sends nothing more.
		int sent = mail.getReceivedMessages().length;
		mvc.perform(post("/portal/care-team/{id}/withdraw", share).session(claire).with(csrf()));
		assertThat(mail.getReceivedMessages()).hasSize(sent);
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private MimeMessage last(String to) {
		List<MimeMessage> mine = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(to);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
		assertThat(mine).isNotEmpty();
		return mine.get(mine.size() - 1);
	}
}
