package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Hand to client" turns the therapist's session into a kiosk that reaches only the handed-over
 * questionnaire until the therapist's password or tablet PIN takes it back (PS-10).
 */
@WebTest
class TabletKioskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession tablet;

	private UUID client;

	private String questionnaire;

	@BeforeEach
	void handToClient() throws Exception {
		tablet = DemoAccounts.signIn(mvc, THERAPIST);
		client = demo.aClientOf(THERAPIST);
		questionnaire = handOver(assignNprs());
	}

	@Test
	void aHandedOverSessionReachesNoChartNoListNoOtherClientAndNoApiDescription() throws Exception {
		UUID otherClient = jdbc.sql("select id from client where clinic_id = ? and id <> ? limit 1")
			.params(demo.clinicOf(THERAPIST), client).query(UUID.class).single();
		for (String path : new String[] { "/clients/" + client, "/clients", "/clients/" + otherClient, "/today", "/",
				"/v3/api-docs", "/api-docs", "/swagger-ui/index.html", "/staff", "/audit", "/account/tablet-pin",
				"/clients/" + client + "/outcomes/report.pdf", "/clients/" + client + "/outcomes/assign",
				questionnaire + "x", "/login" }) {
			mvc.perform(get(path).session(tablet)).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/kiosk"));
		}
		// The API takes HTTP Basic only: the tablet's session cookie opens nothing there.
		mvc.perform(get("/api/v1/clients/{id}", client).session(tablet)).andExpect(status().isUnauthorized());
		// Changes are refused too, whatever the method: a new hand-over, signing in as someone else.
		mvc.perform(post("/clients/{id}/outcomes/assignments/{a}/tablet", client, assignNprsAsOwner()).session(tablet)
			.with(csrf())).andExpect(status().isSeeOther()).andExpect(redirectedUrl("/kiosk"));
		mvc.perform(post("/login").session(tablet).with(csrf()).param("username", THERAPIST).param("password", PASSWORD))
			.andExpect(redirectedUrl("/kiosk"));
		String kiosk = mvc.perform(get("/kiosk").session(tablet)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn().getResponse().getContentAsString();
		assertThat(kiosk).contains("This tablet is handed to a client").contains("href=\"" + questionnaire + "\"")
			.doesNotContain("href=\"/clients/" + client + "\"").doesNotContain("Sign out");
	}

	@Test
	void theClientAnswersAndFinishesTheQuestionnaireAndTheThankYouPageLeadsNowhereElse() throws Exception {
		mvc.perform(get(questionnaire).session(tablet)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		mvc.perform(post(questionnaire + "/answers").session(tablet).with(csrf()).param("question", "score").param("answer", "4"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(questionnaire));
		mvc.perform(post(questionnaire + "/finish").session(tablet).with(csrf())).andExpect(redirectedUrl(questionnaire + "/done"));
		String done = mvc.perform(get(questionnaire + "/done").session(tablet)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(done).contains("hand the tablet back").contains("href=\"/kiosk\"").doesNotContain("href=\"/clients/" + client);
		mvc.perform(get("/clients/" + client).session(tablet)).andExpect(redirectedUrl("/kiosk"));
	}

	@Test
	void theClientsStepsAreAuditedAsTheTabletAndTheHandOverAndBackAsTheTherapist() throws Exception {
		long refusedBefore = refusedChartRequests();
		mvc.perform(post(questionnaire + "/answers").session(tablet).with(csrf()).param("question", "score").param("answer", "4"));
		mvc.perform(get("/clients/" + client).session(tablet));
		takeBack(PASSWORD).andExpect(redirectedUrl("/clients/" + client + "#outcomes"));
		UUID responseId = UUID.fromString(questionnaire.substring(questionnaire.lastIndexOf('/') + 1));
		assertThat(actorRoleOf("UPDATE", responseId)).isEqualTo("KIOSK");
		assertThat(actorRoleOf("KIOSK_HANDED_OVER", responseId)).isEqualTo("THERAPIST");
		assertThat(actorRoleOf("KIOSK_HANDED_BACK", responseId)).isEqualTo("THERAPIST");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'VIEW' and actor_role = 'THERAPIST' and client_id = ? and object_type = 'outcome-response' and object_id = ?")
			.params(client, responseId.toString()).query(Long.class).single()).isZero();
		assertThat(refusedChartRequests() - refusedBefore).isEqualTo(1);
	}

	private long failedSignInsOfTherapist() {
		return jdbc.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor_id = ?")
			.param(demo.accountId(THERAPIST)).query(Long.class).single();
	}

	private long refusedChartRequests() {
		return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_role = 'KIOSK' and object_id = ?")
			.param("/clients/" + client).query(Long.class).single();
	}

	@Test
	void aWrongSecretIsRefusedAndTheTherapistsPasswordGivesTheirPagesBack() throws Exception {
		String refused = takeBack("not the password").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("That is not the password or PIN.").contains("4 more wrong tries");
		mvc.perform(get("/clients/" + client).session(tablet)).andExpect(redirectedUrl("/kiosk"));
		takeBack(PASSWORD).andExpect(redirectedUrl("/clients/" + client + "#outcomes"));
		MockHttpSession therapist = tablet;
		mvc.perform(get("/clients/" + client).session(therapist)).andExpect(status().isOk());
		mvc.perform(get("/clients").session(therapist)).andExpect(status().isOk());
		mvc.perform(get("/kiosk").session(therapist)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theTabletPinTakesTheTabletBackAndIsSetWithThePassword() throws Exception {
		takeBack(PASSWORD);
		long failedSignIns = failedSignInsOfTherapist();
		mvc.perform(post("/account/tablet-pin").session(tablet).with(csrf()).param("currentPassword", "wrong password!")
			.param("pin", "2468").param("repeat", "2468")).andExpect(status().isOk());
		// A wrong password here counts as a failed sign-in (towards the account lock), like on the sign-in page.
		assertThat(failedSignInsOfTherapist() - failedSignIns).isEqualTo(1);
		mvc.perform(post("/account/tablet-pin").session(tablet).with(csrf()).param("currentPassword", PASSWORD)
			.param("pin", "24a8").param("repeat", "24a8")).andExpect(status().isOk());
		mvc.perform(post("/account/tablet-pin").session(tablet).with(csrf()).param("currentPassword", PASSWORD)
			.param("pin", "2468").param("repeat", "2468")).andExpect(redirectedUrl("/account/tablet-pin"));
		assertThat(jdbc.sql("select tablet_pin_hash from account where email = ?").param(THERAPIST).query(String.class).single())
			.isNotNull().doesNotContain("2468");
		questionnaire = handOver(assignNprs());
		takeBack("1357").andExpect(status().isOk());
		takeBack("2468").andExpect(redirectedUrl("/clients/" + client + "#outcomes"));
		mvc.perform(get("/clients/" + client).session(tablet)).andExpect(status().isOk());
	}

	@Test
	void fiveWrongSecretsSignTheTabletOutEntirely() throws Exception {
		for (int attempt = 1; attempt < 5; attempt++) {
			takeBack("guess " + attempt).andExpect(status().isOk());
		}
		takeBack("guess 5").andExpect(redirectedUrl("/login?kioskSignedOut"));
		assertThat(app.quadratus.testing.MockMvcSessions.ended(tablet)).isTrue();
		mvc.perform(get("/clients/" + client)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	private org.springframework.test.web.servlet.ResultActions takeBack(String secret) throws Exception {
		return mvc.perform(post("/kiosk/unlock").session(tablet).with(csrf()).param("secret", secret));
	}

	private String actorRoleOf(String action, UUID responseId) {
		return jdbc.sql("select distinct actor_role from audit_event where action = ? and object_id = ?")
			.params(action, responseId.toString()).query(String.class).single();
	}

	private UUID assignNprs() throws Exception {
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(tablet).with(csrf())
			.param("measure", "nprs").param("schedule", "ONCE")).andExpect(status().is3xxRedirection());
		return latestAssignment();
	}

	private UUID assignNprsAsOwner() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/clients/{id}/outcomes/assignments", client).session(owner).with(csrf())
			.param("measure", "nprs").param("schedule", "ONCE")).andExpect(status().is3xxRedirection());
		return latestAssignment();
	}

	private UUID latestAssignment() {
		return jdbc.sql("select id from outcome_assignment where client_id = ? and measure = 'nprs' order by created_at desc limit 1")
			.param(client).query(UUID.class).single();
	}

	private String handOver(UUID assignment) throws Exception {
		return mvc.perform(post("/clients/{id}/outcomes/assignments/{a}/tablet", client, assignment).session(tablet).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}
}
