package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without a mail server, no one-time link reaches the log (a log is read by more people, and kept longer,
 * than a mailbox), and a questionnaire link that was never sent does not stay valid.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void invitationAndResetEmailsAreNotWrittenToTheLog(CapturedOutput output) throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Logged Invitee").param("email", "logged.invitee@example.org").param("role", "THERAPIST"))
			.andExpect(redirectedUrl("/staff"));
		mvc.perform(post("/password/forgot").with(csrf()).param("email", THERAPIST)).andExpect(redirectedUrl("/login"));

		assertThat(output.getAll())
			.contains("Mail is not configured")
			.contains("\"You are invited to Quadratus\" to logged.invitee@example.org")
			.contains("\"Reset your Quadratus password\" to " + THERAPIST)
			.doesNotContain("/invitation/")
			.doesNotContain("/password/reset/")
			.doesNotContain("the link works");
	}

	@Test
	void aQuestionnaireLinkThatCouldNotBeSentIsCancelledAndTheTherapistIsTold(CapturedOutput output) throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		UUID client = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(therapist).with(csrf())
			.param("measure", "nprs").param("schedule", "ONCE"));
		mvc.perform(get("/clients/{id}", client).session(therapist));
		UUID assignment = jdbc.sql("select id from outcome_assignment where client_id = ? and measure = 'nprs' order by created_at desc limit 1")
			.param(client).query(UUID.class).single();
		long linksBefore = links(client, "");
		long usableBefore = links(client, " and used_at is null");

		var result = mvc.perform(post("/clients/{id}/outcomes/assignments/{a}/link", client, assignment).session(therapist)
			.with(csrf())).andReturn();

		assertThat(result.getFlashMap().get("flashError")).isEqualTo("outcomes.link.notSent");
		assertThat(links(client, "")).isEqualTo(linksBefore + 1);
		assertThat(links(client, " and used_at is null")).as("no usable link left behind").isEqualTo(usableBefore);
		assertThat(output.getAll()).contains("\"A questionnaire from your clinic\" to client@norwich.demo")
			.doesNotContain("/outcomes/q/");
		mvc.perform(get("/clients/{id}", client).session(therapist))
			.andExpect(content().string(Matchers.containsString("the link was cancelled")));
	}

	private long links(UUID client, String condition) {
		return jdbc.sql("select count(*) from outcome_link where client_id = ?" + condition).param(client).query(Long.class)
			.single();
	}
}
