package app.quadratus.portal;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A therapist shares a plain-language summary of a signed session; each of two clients sees only the
 * summaries shared with them, never a SOAP note, and never the other's.
 */
@WebTest
class SharedSummariesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	Accounts accounts;

	@Test
	void eachClientSeesOnlyTheSummariesSharedWithThemAndNeverTheNote() throws Exception {
		UUID clinic = demo.clinicOf(CLIENT);
		UUID claire = jdbc.sql("select client_id from account where email = ?").param(CLIENT).query(UUID.class).single();
		UUID signed = jdbc.sql("""
				select id from treatment_session where clinic_id = ? and status = 'signed' order by started_at desc limit 1""")
			.param(clinic).query(UUID.class).single();
		UUID claireSession = copyOf(signed, claire);
		String note = jdbc.sql("select note from treatment_session where id = ?").param(claireSession).query(String.class).single();
		SecondClient second = SecondClient.signedIn(mvc, accounts, clinic);
		UUID secondSession = copyOf(signed, second.clientId());
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);

		mvc.perform(get("/clients/{id}/sessions/{s}", claire, claireSession).session(therapist))
			.andExpect(content().string(containsString("Share with the client")));
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", claire, claireSession).session(therapist).with(csrf())
			.param("summary", "  ")).andExpect(flash().attribute("flashError", "summary.required"));
		// Claire's session under the second client's id is not found: the path must name the session's own client.
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", second.clientId(), claireSession).session(therapist)
			.with(csrf()).param("summary", "Wrong client")).andExpect(status().isNotFound());
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", claire, claireSession).session(therapist).with(csrf())
			.param("summary", "Claire: walk every day and keep the stretches going."))
			.andExpect(flash().attribute("flash", "summary.sharedNow"));
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", claire, claireSession).session(therapist).with(csrf())
			.param("summary", "A second share")).andExpect(flash().attribute("flashError", "summary.conflict"));
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", second.clientId(), secondSession).session(therapist)
			.with(csrf()).param("summary", "Second: rest the shoulder this week."))
			.andExpect(flash().attribute("flash", "summary.sharedNow"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SHARE' and object_id = ?")
			.param(claireSession.toString()).query(Long.class).single()).isEqualTo(1);

		MockHttpSession claireSignedIn = DemoAccounts.signIn(mvc, CLIENT);
		mvc.perform(get("/portal/summaries").session(claireSignedIn)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Claire: walk every day")))
			.andExpect(content().string(not(containsString("Second: rest the shoulder"))))
			.andExpect(content().string(not(containsString("A second share"))));
		mvc.perform(get("/portal").session(claireSignedIn))
			.andExpect(content().string(containsString("From your last session")));
		mvc.perform(get("/portal/summaries").session(second.session()))
			.andExpect(content().string(containsString("Second: rest the shoulder")))
			.andExpect(content().string(not(containsString("Claire: walk every day"))));
		String page = mvc.perform(get("/portal/summaries").session(claireSignedIn)).andReturn().getResponse().getContentAsString();
		for (String part : note.split("\"")) {
			if (part.length() > 25) {
				assertThat(page).as("no SOAP note text in the portal").doesNotContain(part);
			}
		}
		// Clients cannot share.
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", claire, claireSession).session(claireSignedIn)
			.with(csrf()).param("summary", "x")).andExpect(status().isForbidden());
	}

	@Test
	void theNextCheckInStartsFromTheClientsTicksSinceLastTime() throws Exception {
		UUID claire = jdbc.sql("select client_id from account where email = ?").param(CLIENT).query(UUID.class).single();
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		String page = mvc.perform(get("/clients/{id}/sessions/new", claire).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// The demo gives Claire two weeks of ticks on her programme: the answer is prefilled and explained.
		assertThat(page).containsPattern("Prefilled from the client&#39;s ticks since [^:]+: \\d+ of \\d+ doses");
		assertThat(page).containsPattern("value=\"(done|partly|not)\" checked");
	}

	@Test
	void theClientsOwnFhirDownloadHoldsOnlyWhatTheyMaySeeAndStaffGetEverything() throws Exception {
		UUID claire = jdbc.sql("select client_id from account where email = ?").param(CLIENT).query(UUID.class).single();
		String own = mvc.perform(get("/portal/data.fhir.json").session(DemoAccounts.signIn(mvc, CLIENT)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String staff = mvc.perform(get("/clients/{id}/fhir", claire).session(DemoAccounts.signIn(mvc, THERAPIST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(own).contains("\"resourceType\":\"Patient\"").contains("\"resourceType\":\"CarePlan\"");
		assertThat(staff).contains("\"resourceType\":\"Goal\"");
		for (String staffOnly : new String[] { "Goal", "Encounter", "Procedure", "Condition", "ClinicalImpression" }) {
			assertThat(own).as(staffOnly).doesNotContain("\"resourceType\":\"" + staffOnly + "\"");
		}
		mvc.perform(get("/portal/data.fhir.json").session(DemoAccounts.signIn(mvc, THERAPIST))).andExpect(status().isForbidden());
	}

	/** A signed session for a client, copied from another client's (an insert; signed rows never change). */
	private UUID copyOf(UUID session, UUID client) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into treatment_session (id, clinic_id, client_id, plan_id, status, started_at, pain_before, pain_after,
				homework, goals, techniques, regions, note, content_sha256, signed_by, signed_at, created_by, created_at,
				changed_by, changed_at)
				select ?, clinic_id, ?, null, status, started_at, pain_before, pain_after, homework, '[]', techniques, regions,
				note, content_sha256, signed_by, signed_at, created_by, created_at, changed_by, changed_at
				from treatment_session where id = ?""")
			.params(id, client, session).update();
		return id;
	}
}
