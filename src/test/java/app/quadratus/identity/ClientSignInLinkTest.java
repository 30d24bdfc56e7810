package app.quadratus.identity;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.shared.SqlTime;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * PS-08: a client signs in by a one-time emailed link only where the owner allows it; the link works once,
 * for ten minutes, and the request answers the same whether or not the address has an account.
 */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class ClientSignInLinkTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/login/link/[A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientSignInLinks links;

	@AfterEach
	void linksOffAgain() {
		jdbc.sql("update clinic set client_sign_in_links = false").update();
		jdbc.sql("delete from account_token where purpose = 'SIGN_IN_LINK'").update();
	}

	@Test
	void aLinkIsSentOnlyWhenTheClinicAllowsItAndTheAnswerNeverTellsWhoHasAnAccount() throws Exception {
		ask(CLIENT);
		assertThat(mailsTo(CLIENT)).as("the clinic has not allowed links").isEmpty();

		allowLinks();
		ask("nobody-here@example.org");
		ask(THERAPIST);
		assertThat(mail.getReceivedMessages()).as("no link for an unknown address nor for staff").isEmpty();

		ask(CLIENT);
		assertThat(mailsTo(CLIENT)).hasSize(1);
		assertThat(mailsTo(CLIENT).get(0).getSubject()).isEqualTo("Your sign-in link");
	}

	@Test
	void aLinkSignsInOnceAndOpeningItDoesNotUseItUp() throws Exception {
		allowLinks();
		ask(CLIENT);
		String link = linkIn(mailsTo(CLIENT).get(0));

		// A mail scanner opening the link only sees the button.
		mvc.perform(get(link)).andExpect(status().isOk());
		MvcResult signedIn = mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
		mvc.perform(get("/portal").session(session)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor_email = ?")
			.param(CLIENT).query(Long.class).single()).isPositive();

		mvc.perform(post(link).with(csrf()))
			.andExpect(redirectedUrl("/login/link"))
			.andExpect(flash().attribute("flashError", "signInLink.invalid"));
	}

	@Test
	void aLinkElevenMinutesOldOrReplacedByANewerOneFails() throws Exception {
		allowLinks();
		ask(CLIENT);
		String first = linkIn(mailsTo(CLIENT).get(0));
		jdbc.sql("update account_token set expires_at = ? where purpose = 'SIGN_IN_LINK'")
			.param(SqlTime.of(Instant.now().minusSeconds(60))).update();
		mvc.perform(post(first).with(csrf())).andExpect(flash().attribute("flashError", "signInLink.invalid"));

		ask(CLIENT);
		ask(CLIENT);
		List<MimeMessage> mails = mailsTo(CLIENT);
		assertThat(mails).hasSize(3);
		mvc.perform(post(linkIn(mails.get(1))).with(csrf()))
			.andExpect(flash().attribute("flashError", "signInLink.invalid"));
		mvc.perform(post(linkIn(mails.get(2))).with(csrf())).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAccountGetsAtMostThreeLinksInFifteenMinutes() throws Exception {
		allowLinks();
		for (int i = 0; i < 5; i++) {
			ask(CLIENT);
		}
		assertThat(mailsTo(CLIENT)).hasSize(ClientSignInLinks.LINKS_PER_WINDOW);
	}

	@Test
	void twoInstancesCannotBothAcceptOneLink() throws Exception {
		allowLinks();
		ask(CLIENT);
		String token = linkIn(mailsTo(CLIENT).get(0)).substring("/login/link/".length());
		var first = CompletableFuture.supplyAsync(() -> links.claim(token, "203.0.113.7"));
		var second = CompletableFuture.supplyAsync(() -> links.claim(token, "203.0.113.8"));
		assertThat(first.join().isPresent() ^ second.join().isPresent()).isTrue();
		assertThat(links.claim(token, "203.0.113.9")).isEqualTo(Optional.empty());
	}

	private void allowLinks() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		mvc.perform(post("/clinic/client-sign-in-links").session(owner).with(csrf()).param("allowed", "true"))
			.andExpect(flash().attribute("flash", "clinic.signInLinks.nowAllowed"));
	}

	private void ask(String email) throws Exception {
		mvc.perform(post("/login/link").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "signInLink.sent"));
	}

	private static List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String linkIn(MimeMessage message) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}
}
