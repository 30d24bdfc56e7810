package app.quadratus.careteam;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.OTHER_CLINIC;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Session summaries (the words the therapist wrote for the client on a signed session) as a share item:
 * offered in the portal and to clinical staff, shown on the partner's page only while the share is live and
 * includes them, audited as the partner, and never across clinics. Each test has its own partner, so the
 * demo's shares stay as other tests expect them. Runs on H2 and PostgreSQL.
 */
@WebTest
class SharedSessionSummariesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theClientAndClinicalStaffAreOfferedSessionSummaries() throws Exception {
		String portal = page(get("/portal/care-team").session(DemoAccounts.signIn(mvc, CLIENT)));
		String chart = page(get("/clients/{id}/care-team", claire()).session(DemoAccounts.signIn(mvc, THERAPIST)));
		for (String form : new String[] { portal, chart }) {
			assertThat(form).containsPattern("<input type=\"checkbox\" value=\"SESSION_SUMMARIES\"[^>]*name=\"parts\"")
				.contains("Session summaries").contains("Session notes, assessments and screening are never shared.");
		}
	}

	@Test
	void thePartnerReadsTheSummariesWhileTheShareIsLiveAndIncludesThem() throws Exception {
		String partner = newPartner();
		MockHttpSession claire = DemoAccounts.signIn(mvc, CLIENT);
		// One share without summaries (from the portal), one with them (by the therapist, Claire present).
		share(post("/portal/care-team").session(claire), partner, "GOALS").andExpect(redirectedUrl("/portal/care-team"));
		UUID goalsOnly = latestShare(partner);
		share(post("/clients/{id}/care-team", claire()).session(DemoAccounts.signIn(mvc, THERAPIST)), partner, "GOALS",
				"SESSION_SUMMARIES")
			.andExpect(redirectedUrl("/clients/" + claire() + "/care-team"));
		UUID withSummaries = latestShare(partner);
		String newest = sharedSummary(claire(), THERAPIST, "Good session: keep walking every day.");

		MockHttpSession jo = DemoAccounts.signIn(mvc, partner);
		assertThat(page(get("/partner/clients/{id}", goalsOnly).session(jo))).doesNotContain("id=\"session-summaries\"")
			.doesNotContain(newest);
		assertThat(summaryReads(partner)).isZero();

		assertThat(page(get("/partner/clients/{id}", withSummaries).session(jo))).contains("id=\"session-summaries\"")
			.contains(newest);
		assertThat(summaryReads(partner)).isEqualTo(1);

		// Withdrawn: the very next request is "not found", and the other share still shows no summaries.
		mvc.perform(post("/portal/care-team/{id}/withdraw", withSummaries).session(claire).with(csrf()))
			.andExpect(redirectedUrl("/portal/care-team"));
		mvc.perform(get("/partner/clients/{id}", withSummaries).session(jo)).andExpect(status().isNotFound());
		assertThat(page(get("/partner/clients/{id}", goalsOnly).session(jo))).doesNotContain(newest);
		assertThat(summaryReads(partner)).isEqualTo(1);
	}

	@Test
	void anotherClinicNeverReachesTheShareOrItsSummaries() throws Exception {
		String partner = newPartner();
		share(post("/clients/{id}/care-team", claire()).session(DemoAccounts.signIn(mvc, THERAPIST)), partner,
				"SESSION_SUMMARIES");
		UUID claireShare = latestShare(partner);
		MockHttpSession other = DemoAccounts.signIn(mvc, OTHER_CLINIC);
		mvc.perform(get("/clients/{id}/care-team", claire()).session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/clients/{id}/care-team/{share}/withdraw", claire(), claireShare).session(other).with(csrf()))
			.andExpect(status().isNotFound());
		UUID theirClient = demo.aClientOf(OTHER_CLINIC);
		mvc.perform(post("/clients/{id}/care-team/{share}/withdraw", theirClient, claireShare).session(other).with(csrf()))
			.andExpect(status().isNotFound());

		// The same partner through the other clinic's share sees that clinic's client only.
		share(post("/clients/{id}/care-team", theirClient).session(other), partner, "SESSION_SUMMARIES")
			.andExpect(redirectedUrl("/clients/" + theirClient + "/care-team"));
		UUID theirShare = latestShare(partner);
		MockHttpSession jo = DemoAccounts.signIn(mvc, partner);
		String claires = sharedSummary(claire(), THERAPIST, "Claire: bridges twice a day.");
		String theirs = sharedSummary(theirClient, OTHER_CLINIC, "Their client: rest the shoulder.");
		assertThat(page(get("/partner/clients/{id}", theirShare).session(jo))).contains(theirs).doesNotContain(claires);
		assertThat(page(get("/partner/clients/{id}", claireShare).session(jo))).contains(claires).doesNotContain(theirs);
		// Each read is audited in the clinic that shared.
		assertThat(jdbc.sql("""
				select count(distinct clinic_id) from audit_event where object_type = 'session-summary'
				and actor_role = 'PARTNER' and actor_email = ?""").param(partner).query(Long.class).single())
			.isEqualTo(2);
	}

	private UUID claire() {
		return demo.clientOfAccount(CLIENT);
	}

	/** A care-team member with a password, known to the Norwich clinic (accounts are one per person). */
	private String newPartner() {
		String email = "coach." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		jdbc.sql("""
				insert into account (id, clinic_id, email, display_name, role, password_hash, created_at)
				values (?, ?, ?, 'Sam Coach', 'PARTNER', ?, ?)""")
			.params(UUID.randomUUID(), demo.clinicOf(THERAPIST), email, passwords.encode(PASSWORD), OffsetDateTime.now())
			.update();
		return email;
	}

	private org.springframework.test.web.servlet.ResultActions share(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String partner,
			String... parts) throws Exception {
		return mvc.perform(request.with(csrf()).param("partnerName", "Sam Coach").param("partnerEmail", partner)
			.param("kind", "PILATES").param("parts", parts).param("purpose", "Classes that follow my care")
			.param("startsOn", LocalDate.now().minusDays(1).toString()));
	}

	private UUID latestShare(String partner) {
		return jdbc.sql("select id from care_share where partner_email = ? order by granted_at desc, id limit 1")
			.param(partner).query(UUID.class).single();
	}

	/**
	 * A signed session of the client, newest of all (a copy of one of its clinic's signed sessions, signed a minute ago), with
	 * a summary shared by {@code therapist}: the words the partner's page must show first.
	 */
	private String sharedSummary(UUID client, String therapist, String words) throws Exception {
		UUID clinic = demo.clinicOf(therapist);
		UUID signed = jdbc.sql("""
				select id from treatment_session where clinic_id = ? and status = 'signed' order by started_at desc limit 1""")
			.param(clinic).query(UUID.class).single();
		UUID session = UUID.randomUUID();
		// A session that ended a minute ago: after every demo session, started before it was signed.
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into treatment_session (id, clinic_id, client_id, plan_id, status, started_at, pain_before, pain_after,
				homework, goals, techniques, regions, note, content_sha256, signed_by, signed_at, created_by, created_at,
				changed_by, changed_at)
				select ?, clinic_id, ?, null, status, ?, pain_before, pain_after, homework, '[]', techniques, regions,
				note, content_sha256, signed_by, ?, created_by, ?, changed_by, ?
				from treatment_session where id = ?""")
			.params(session, client, now.minusMinutes(50), now.minusMinutes(1), now.minusMinutes(50), now.minusMinutes(1),
					signed)
			.update();
		String text = words + " " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/clients/{id}/sessions/{s}/shared-summary", client, session)
			.session(DemoAccounts.signIn(mvc, therapist)).with(csrf()).param("summary", text))
			.andExpect(flash().attribute("flash", "summary.sharedNow"));
		return text;
	}

	private long summaryReads(String partner) {
		return jdbc.sql("""
				select count(*) from audit_event where object_type = 'session-summary' and action = 'VIEW'
				and actor_role = 'PARTNER' and actor_email = ? and client_id = ? and clinic_id = ?""")
			.params(partner, claire(), demo.clinicOf(THERAPIST)).query(Long.class).single();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
