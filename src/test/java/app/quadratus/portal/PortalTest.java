package app.quadratus.portal;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's pages with TWO client accounts in the demo clinic: Claire (the demo account) and a second
 * client the reception invites by email in the test. Each sees only their own record; the other's plan,
 * programme, questionnaire and consent ids are "not found", through the pages and by direct requests.
 */
@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class PortalTest {

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

	private UUID claire() {
		return jdbc.sql("select client_id from account where email = ?").param(CLIENT).query(UUID.class).single();
	}

	/** A second client of the demo clinic, invited by reception, who accepts and signs in. */
	private MockHttpSession secondClient() throws Exception {
		String email = "second." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID client = SecondClient.registered(mvc, email);
		// Reception may change a client's email, so it may not invite: that would hand it the portal.
		MockHttpSession reception = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(post("/clients/{id}/portal-invitation", client).session(reception).with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(post("/clients/{id}/portal-invitation", client).session(therapist).with(csrf()))
			.andExpect(redirectedUrl("/clients/" + client + "/details"));
		MimeMessage invitation = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).findFirst().orElseThrow();
		Matcher link = LINK.matcher(GreenMailUtil.getBody(invitation).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group(1)).with(csrf()).param("password", NEW_PASSWORD).param("repeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login"));
		var result = mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/portal"));
		assertThat(jdbc.sql("select role from account where email = ?").param(email).query(String.class).single())
			.isEqualTo("CLIENT");
		return session;
	}

	@Test
	void theDemoClientLandsInThePortalAndStaffNeverDo() throws Exception {
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		mvc.perform(get("/").session(claire)).andExpect(redirectedUrl("/portal"));
		mvc.perform(get("/portal").session(claire)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello, Claire")))
			.andExpect(content().string(containsString("id=\"today-h\">Today")))
			.andExpect(content().string(not(containsString("&#39;&#39;"))));
		for (String page : new String[] { "/portal/plan", "/portal/homework", "/portal/diary", "/portal/progress",
				"/portal/details" }) {
			mvc.perform(get(page).session(claire)).andExpect(status().isOk());
		}
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/").session(therapist)).andExpect(redirectedUrl("/today"));
		mvc.perform(get("/portal").session(therapist)).andExpect(status().isForbidden());
		mvc.perform(get("/today").session(claire)).andExpect(status().isForbidden());
	}

	@Test
	void claireAgreesHerPlanInThePortalWithHerTypedName() throws Exception {
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		UUID plan = jdbc.sql("select id from treatment_plan where client_id = ? order by created_at desc limit 1")
			.param(claire()).query(UUID.class).single();
		int latest = jdbc.sql("select max(version) from plan_version where plan_id = ?").param(plan).query(Integer.class).single();
		if (jdbc.sql("select count(*) from plan_agreement where plan_id = ? and version = ?").params(plan, latest)
			.query(Long.class).single() > 0) {
			// Another test in this JVM agreed the demo's version: the therapist revises the plan first.
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/plans/{id}", plan)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
						THERAPIST, DemoAccounts.PASSWORD))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
						{"goals": [{"kind": "activity", "activity": "Sit through a one-hour meeting", "baseline": 3, "target": 8}],
						 "basedOnVersion": %d}""".formatted(latest)))
				.andExpect(status().isOk());
		}
		int version = jdbc.sql("select max(version) from plan_version where plan_id = ?").param(plan).query(Integer.class).single();
		mvc.perform(get("/portal").session(claire)).andExpect(content().string(containsString("Your plan is ready to agree")));
		mvc.perform(get("/portal/plan").session(claire)).andExpect(content().string(containsString("Earlier versions (")))
			.andExpect(content().string(containsString("Sit through a one-hour meeting")));
		mvc.perform(post("/portal/plan/{id}/agreement", plan).session(claire).with(csrf()).param("version", "" + version)
			.param("typedName", " ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/portal/plan/{id}/agreement", plan).session(claire).with(csrf()).param("version", "" + version)
			.param("typedName", "Claire Demo")).andExpect(redirectedUrl("/portal/plan"));
		assertThat(jdbc.sql("select method from plan_agreement where plan_id = ? and version = ?").params(plan, version)
			.query(String.class).single()).isEqualTo("portal");
		mvc.perform(get("/portal").session(claire)).andExpect(content().string(not(containsString("Your plan is ready to agree"))));
	}

	@Test
	void claireTicksTodaysExercisesAndRecordsHerPainAndBothAreAuditedAsHer() throws Exception {
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		UUID programme = jdbc.sql("select id from home_programme where client_id = ? order by starts_on desc limit 1")
			.param(claire()).query(UUID.class).single();
		String exercise = jdbc.sql("select exercise_id from home_programme_exercise where programme_id = ? order by position limit 1")
			.param(programme).query(String.class).single();
		long ticksBefore = jdbc.sql("select count(*) from homework_tick where programme_id = ?").param(programme).query(Long.class).single();
		mvc.perform(post("/portal/homework/tick").session(claire).with(csrf()).param("programmeId", programme.toString())
			.param("exerciseId", exercise).param("dose", "1").param("note", "a bit stiff"))
			.andExpect(redirectedUrlPattern("/portal/homework*"));
		assertThat(jdbc.sql("select count(*) from homework_tick where programme_id = ?").param(programme).query(Long.class).single())
			.isGreaterThanOrEqualTo(ticksBefore);
		long diaryAudits = demo.auditCount(claire(), "CREATE");
		mvc.perform(post("/portal/diary").session(claire).with(csrf()).param("pain", "11"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose a number from 0 to 10.")));
		mvc.perform(post("/portal/diary").session(claire).with(csrf()).param("pain", "3").param("note", "Better after the walk"))
			.andExpect(redirectedUrl("/portal/diary"));
		mvc.perform(get("/portal/diary").session(claire)).andExpect(content().string(containsString("Better after the walk")));
		assertThat(demo.auditCount(claire(), "CREATE")).isGreaterThan(diaryAudits);
		mvc.perform(get("/portal/data.json").session(claire)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Better after the walk")));
	}

	@Test
	void aSecondClientReachesNoneOfClairesRecords() throws Exception {
		MockHttpSession other = secondClient();
		UUID claire = claire();
		UUID plan = jdbc.sql("select id from treatment_plan where client_id = ? limit 1").param(claire).query(UUID.class).single();
		UUID programme = jdbc.sql("select id from home_programme where client_id = ? limit 1").param(claire).query(UUID.class).single();
		String exercise = jdbc.sql("select exercise_id from home_programme_exercise where programme_id = ? limit 1")
			.param(programme).query(String.class).single();
		UUID assignment = jdbc.sql("select id from outcome_assignment where client_id = ? limit 1").param(claire).query(UUID.class).single();
		UUID consent = jdbc.sql("select id from client_consent where client_id = ? and withdrawn_at is null limit 1").param(claire)
			.query(UUID.class).single();

		mvc.perform(post("/portal/plan/{id}/agreement", plan).session(other).with(csrf()).param("version", "1")
			.param("typedName", "Not Claire")).andExpect(status().isNotFound());
		mvc.perform(post("/portal/homework/tick").session(other).with(csrf()).param("programmeId", programme.toString())
			.param("exerciseId", exercise).param("dose", "1")).andExpect(status().isNotFound());
		mvc.perform(post("/portal/questionnaires/{id}", assignment).session(other).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/portal/consents/{id}/withdraw", consent).session(other).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from client_consent where id = ? and withdrawn_at is null").param(consent)
			.query(Long.class).single()).isEqualTo(1);

		// Their own pages show nothing of Claire's.
		mvc.perform(get("/portal/plan").session(other)).andExpect(content().string(not(containsString("Walk to work"))));
		mvc.perform(get("/portal/diary").session(other)).andExpect(content().string(not(containsString("Stretches helped"))));
		mvc.perform(get("/portal/data.json").session(other)).andExpect(content().string(not(containsString("Claire"))));
		// Staff pages and the staff API stay closed to a client.
		mvc.perform(get("/clients/{id}", claire).session(other)).andExpect(status().isForbidden());
	}

	@Test
	void anAddressOrClientWithAnAccountIsNotInvitedTwice() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(post("/clients/{id}/portal-invitation", claire()).session(therapist).with(csrf()))
			.andExpect(redirectedUrl("/clients/" + claire() + "/details"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "portal.invite.taken"));
	}
}
