package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The emailed one-time link: no account, one questionnaire, hashed in the database, expires, then dead. */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class QuestionnaireLinkTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern LINK = Pattern.compile("/outcomes/q/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession therapist;

	private UUID client;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, THERAPIST);
		client = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
	}

	@Test
	void theClientAnswersThroughTheLinkWithoutSigningInAndTheLinkThenStopsWorking() throws Exception {
		String token = sendLink("nprs");
		mvc.perform(get("/outcomes/q/{t}", token)).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Question 1 of 1")
				.doesNotContain("Sign out"));
		mvc.perform(post("/outcomes/q/{t}/answers", token).with(csrf()).param("question", "score").param("answer", "4"))
			.andExpect(redirectedUrl("/outcomes/q/" + token));
		mvc.perform(post("/outcomes/q/{t}/finish", token).with(csrf())).andExpect(redirectedUrl("/outcomes/q/finished"));
		mvc.perform(get("/outcomes/q/finished")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from outcome_response where client_id = ? and channel = 'EMAIL_LINK' and status = 'COMPLETED' and score = 4")
			.param(client).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/outcomes/q/{t}", token)).andExpect(status().isNotFound())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("This link no longer works"));
		assertThat(jdbc.sql("select count(*) from audit_event where client_id = ? and actor_role = 'CLIENT' and object_type = 'outcome-response'")
			.param(client).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aClientWhoStopsHalfwayCarriesOnWhereTheyLeftOff() throws Exception {
		String token = sendLink("startback");
		mvc.perform(post("/outcomes/q/{t}/answers", token).with(csrf()).param("question", "q1").param("answer", "true"));
		mvc.perform(post("/outcomes/q/{t}/answers", token).with(csrf()).param("question", "q2").param("answer", "false"));
		mvc.perform(get("/outcomes/q/{t}", token)).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Question 3 of 9"));
	}

	@Test
	void theEmailCarriesTheLinkButNoClinicalContentAndTheDatabaseOnlyItsHash() throws Exception {
		String token = sendLink("odi");
		MimeMessage message = mail.getReceivedMessages()[mail.getReceivedMessages().length - 1];
		String body = GreenMailUtil.getBody(message);
		assertThat(message.getSubject() + body).doesNotContainIgnoringCase("oswestry").doesNotContainIgnoringCase("back pain")
			.doesNotContainIgnoringCase("disability");
		assertThat(jdbc.sql("select count(*) from outcome_link where token_hash = ?").param(token).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from outcome_link where token_hash = ?").param(OutcomeLinks.hash(token))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anExpiredOrMadeUpLinkOpensNothing() throws Exception {
		String token = sendLink("nprs");
		jdbc.sql("update outcome_link set expires_at = ? where token_hash = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), OutcomeLinks.hash(token)).update();
		mvc.perform(get("/outcomes/q/{t}", token)).andExpect(status().isNotFound());
		mvc.perform(post("/outcomes/q/{t}/answers", token).with(csrf()).param("question", "score").param("answer", "4"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/outcomes/q/{t}", "A".repeat(43))).andExpect(status().isNotFound());
	}

	private String sendLink(String measure) throws Exception {
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", measure).param("schedule", "ONCE")).andExpect(status().is3xxRedirection());
		UUID assignment = jdbc.sql("select id from outcome_assignment where client_id = ? and measure = ? order by created_at desc limit 1")
			.params(client, measure).query(UUID.class).single();
		int before = mail.getReceivedMessages().length;
		mvc.perform(post("/clients/{id}/outcomes/assignments/{a}/link", client, assignment).session(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("flash")).isEqualTo("outcomes.link.sent"));
		assertThat(mail.getReceivedMessages()).hasSize(before + 1);
		MimeMessage message = mail.getReceivedMessages()[before];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("client@norwich.demo");
		Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}
}
