package app.quadratus.careteam;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The care team on the demo: Jo Reed (one PARTNER account) follows Claire in Norwich and a client of
 * the second clinic; she sees each through its live share only, never a staff page, the API, a clinical
 * note, the portal, or a client whose share was withdrawn or never existed (all 404). Runs on H2 and
 * PostgreSQL.
 */
@WebTest
class CareTeamTest {

	static final String JO = "pilates@norwich.demo";

	static final String GP = "gp@norwich.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	private UUID claire() {
		return demo.clientOfAccount(CLIENT);
	}

	private UUID shareOf(String partner, UUID client) {
		return jdbc.sql("""
				select s.id from care_share s join account a on a.id = s.partner_account_id
				where a.email = ? and s.client_id = ? order by s.granted_at desc limit 1""")
			.params(partner, client).query(UUID.class).single();
	}

	private UUID withdrawnShareOfJo() {
		return jdbc.sql("""
				select s.id from care_share s join account a on a.id = s.partner_account_id
				where a.email = ? and s.withdrawn_at is not null order by s.granted_at limit 1""")
			.param(JO).query(UUID.class).single();
	}

	@Test
	void oneAccountFollowsClientsOfTwoClinicsThroughLiveSharesOnly() throws Exception {
		assertThat(jdbc.sql("select count(*) from account where email = ?").param(JO).query(Long.class).single())
			.isEqualTo(1);
		List<UUID> clinics = jdbc.sql("""
				select distinct s.clinic_id from care_share s join account a on a.id = s.partner_account_id
				where a.email = ? and s.withdrawn_at is null""").param(JO).query(UUID.class).list();
		assertThat(clinics).hasSize(2);
		MockHttpSession jo = DemoAccounts.signIn(mvc, JO);
		mvc.perform(get("/").session(jo)).andExpect(redirectedUrl("/partner"));
		mvc.perform(get("/partner").session(jo)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Claire Demo")))
			.andExpect(content().string(containsString("Second Street Clinic")))
			.andExpect(content().string(not(containsString(withdrawnShareOfJo().toString()))));
		mvc.perform(get("/partner/clients/{id}", shareOf(JO, claire())).session(jo)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Precautions")))
			.andExpect(content().string(containsString("Home programme")))
			.andExpect(content().string(containsString("Goals")));
		mvc.perform(get("/partner/clients/{id}", withdrawnShareOfJo()).session(jo)).andExpect(status().isNotFound());
		mvc.perform(get("/partner/clients/{id}", UUID.randomUUID()).session(jo)).andExpect(status().isNotFound());
		// The GP's share is not Jo's, even though it is live and of the same clinic.
		UUID gpShare = jdbc.sql("""
				select s.id from care_share s join account a on a.id = s.partner_account_id where a.email = ?""")
			.param(GP).query(UUID.class).single();
		mvc.perform(get("/partner/clients/{id}", gpShare).session(jo)).andExpect(status().isNotFound());
		mvc.perform(post("/partner/clients/{id}/notes", gpShare).session(jo).with(csrf()).param("body", "hi"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPartnerNeverReachesAStaffPageTheApiAClinicalNoteOrThePortal() throws Exception {
		MockHttpSession jo = DemoAccounts.signIn(mvc, JO);
		UUID claire = claire();
		UUID session = jdbc.sql("select id from treatment_session where client_id = ? limit 1").param(claire)
			.query(UUID.class).optional().orElse(UUID.randomUUID());
		UUID plan = jdbc.sql("select id from treatment_plan where client_id = ? limit 1").param(claire)
			.query(UUID.class).optional().orElse(UUID.randomUUID());
		for (String page : new String[] { "/today", "/clients", "/clients/" + claire, "/clients/" + claire + "/timeline",
				"/clients/" + claire + "/sessions/" + session, "/clients/" + claire + "/sessions/" + session + "/summary.pdf",
				"/clients/" + claire + "/plans/" + plan, "/clients/" + claire + "/fhir", "/clients/" + claire + "/care-team",
				"/portal", "/portal/care-team", "/audit", "/staff" }) {
			mvc.perform(get(page).session(jo)).andExpect(status().isNotFound());
		}
		// The API ignores sessions (HTTP Basic only).
		mvc.perform(get("/api/v1/clients").session(jo)).andExpect(status().isUnauthorized());
		// The API description has its own chain, which refuses every non-staff role before the gate.
		mvc.perform(get("/v3/api-docs").session(jo)).andExpect(status().isForbidden());
		for (String api : new String[] { "/api/v1/clients", "/api/v1/clients/" + claire, "/api/v1/sessions/" + session,
				"/api/v1/plans/" + plan }) {
			// The gate's 404, in the API's problem JSON (core-api.md), never the record.
			mvc.perform(get(api).with(httpBasic(JO, PASSWORD))).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(content().string(not(containsString("Claire"))));
		}
		mvc.perform(post("/clients/{id}/care-team", claire).session(jo).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void everyPartnerViewAndNoteIsAuditedAsThePartnerInTheSharingClinic() throws Exception {
		MockHttpSession jo = DemoAccounts.signIn(mvc, JO);
		UUID claire = claire();
		UUID share = shareOf(JO, claire);
		UUID norwich = demo.clinicOf(THERAPIST);
		long before = partnerEntries(norwich, claire);
		mvc.perform(get("/partner/clients/{id}", share).session(jo)).andExpect(status().isOk());
		long afterView = partnerEntries(norwich, claire);
		assertThat(afterView).isGreaterThanOrEqualTo(before + 3); // the share, the plan, the programme, progress...
		String note = "Class " + UUID.randomUUID().toString().substring(0, 6) + ": no flare-up, working on bridges";
		mvc.perform(post("/partner/clients/{id}/notes", share).session(jo).with(csrf()).param("body", note))
			.andExpect(redirectedUrl("/partner/clients/" + share));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where clinic_id = ? and client_id = ? and actor_role = 'PARTNER'
				and action = 'CREATE' and object_type = 'care-note'""").params(norwich, claire).query(Long.class).single())
			.isGreaterThanOrEqualTo(1);
		// The therapist sees it on the timeline and on the care-team page; Claire in her portal (she chose so).
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/clients/{id}/timeline", claire).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString(note)));
		mvc.perform(get("/clients/{id}/care-team", claire).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString(note)));
		mvc.perform(get("/portal").session(DemoAccounts.signIn(mvc, CLIENT))).andExpect(status().isOk())
			.andExpect(content().string(containsString(note)));
		// An empty note is refused beside the field, nothing stored.
		mvc.perform(post("/partner/clients/{id}/notes", share).session(jo).with(csrf()).param("body", "  "))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Write a short note first.")));
	}

	@Test
	void staffSeeWhoOutsideTheClinicSeesWhat() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/clients/{id}", claire()).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Jo Reed")))
			.andExpect(content().string(containsString("Home programme")));
		mvc.perform(get("/clients/{id}/care-team", demo.aClientOf(DemoAccounts.OTHER_CLINIC)).session(therapist))
			.andExpect(status().isNotFound());
	}

	@Test
	void lettersArePdfsOnTheTimelineAndTheGpLetterNeedsTheClientsConsent() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		UUID claire = claire();
		long before = jdbc.sql("select count(*) from care_letter where client_id = ?").param(claire).query(Long.class).single();
		mvc.perform(post("/clients/{id}/care-team/letters", claire).session(therapist).with(csrf()).param("kind", "GP")
			.param("recipient", "Dr Anna Kerr"))
			.andExpect(redirectedUrl("/clients/" + claire + "/care-team#letters"));
		assertThat(jdbc.sql("select count(*) from care_letter where client_id = ?").param(claire).query(Long.class).single())
			.isEqualTo(before);
		byte[] gp = mvc.perform(post("/clients/{id}/care-team/letters", claire).session(therapist).with(csrf())
			.param("kind", "GP").param("recipient", "Dr Anna Kerr").param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(gp, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(jdbc.sql("select client_consented from care_letter where client_id = ? and kind = 'GP' order by written_at desc limit 1")
			.param(claire).query(Boolean.class).single()).isTrue();
		mvc.perform(post("/clients/{id}/care-team/letters", claire).session(therapist).with(csrf())
			.param("kind", "HANDOVER").param("recipient", "Jo Reed"))
			.andExpect(status().isOk());
		mvc.perform(get("/clients/{id}/timeline", claire).session(therapist))
			.andExpect(content().string(containsString("Handover letter to Jo Reed")))
			.andExpect(content().string(containsString("Letter to the GP (Dr Anna Kerr)")));
	}

	private long partnerEntries(UUID clinic, UUID client) {
		return jdbc.sql("""
				select count(*) from audit_event where clinic_id = ? and client_id = ? and actor_role = 'PARTNER'
				and action = 'VIEW' and actor_email = ?""").params(clinic, client, JO).query(Long.class).single();
	}
}
