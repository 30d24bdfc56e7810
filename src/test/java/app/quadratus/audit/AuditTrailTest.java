package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AuditTrailTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditSealer sealer;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void viewingAChartWritesAnEntryWithWhoWhatWhenAndWhere() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		long before = chartViews(client);
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", client).session(therapist)).andExpect(status().isOk());

		assertThat(chartViews(client)).isEqualTo(before + 1);
		var entry = jdbc.sql("select * from audit_event where client_id = ? and action = 'VIEW' and object_type = 'chart' order by id desc limit 1")
			.param(client)
			.query((rs, row) -> new String[] { rs.getString("actor_email"), rs.getString("actor_role"),
					rs.getString("object_type"), rs.getString("address"), rs.getString("outcome"), rs.getString("hash") })
			.single();
		assertThat(entry).containsExactly(DemoAccounts.THERAPIST, "THERAPIST", "chart", "127.0.0.1", "SUCCESS", entry[5]);
		// recorded with the view; sealed into the chain by the background sealer soon after
		String seal = null;
		for (int i = 0; i < 100 && seal == null; i++) {
			sealer.sealPending();
			seal = jdbc.sql("select hash from audit_event where client_id = ? and action = 'VIEW' and object_type = 'chart' order by id desc limit 1")
				.param(client).query((rs, row) -> rs.getString(1)).list().get(0);
			Thread.sleep(20);
		}
		assertThat(seal).hasSize(64);
	}

	@Test
	void aChartViewWritesExactlyOneEntryForTheClientWhateverItsSectionsRead() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		long before = jdbc.sql("select count(*) from audit_event where client_id = ?").param(client).query(Long.class).single();
		mvc.perform(get("/clients/{id}", client).session(therapist)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_event where client_id = ?").param(client).query(Long.class).single())
			.isEqualTo(before + 1);
	}

	private long chartViews(UUID client) {
		return jdbc.sql("select count(*) from audit_event where client_id = ? and action = 'VIEW' and object_type = 'chart'")
			.param(client).query(Long.class).single();
	}

	@Test
	void changesAndExportsAreAuditedToo() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		long exports = demo.auditCount(client, "EXPORT");
		long archives = demo.auditCount(client, "ARCHIVE");
		mvc.perform(get("/api/v1/clients/{id}/fhir", client).with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());
		MockHttpSession reception = DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
		mvc.perform(post("/clients/{id}/archive", client).session(reception).with(csrf()).param("reason", "moved away"));
		mvc.perform(post("/clients/{id}/restore", client).session(reception).with(csrf()));
		assertThat(demo.auditCount(client, "EXPORT")).isEqualTo(exports + 1);
		assertThat(demo.auditCount(client, "ARCHIVE")).isEqualTo(archives + 1);
	}

	@Test
	void theOwnerBrowsesAndFiltersTheLogButNobodyElseCan() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", client).session(therapist));
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(get("/audit").session(owner).param("client", client.toString()).param("action", "VIEW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DemoAccounts.THERAPIST)))
			.andExpect(content().string(not(containsString("therapist@second.demo"))));
		mvc.perform(get("/audit").session(therapist)).andExpect(status().isForbidden());
	}

	@Test
	void theChainIsIntactAndTheOwnerCanCheckIt() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/audit/verify").session(owner).with(csrf()))
			.andExpect(content().string(containsString("The log is intact")));
	}

	@Test
	void theLogCannotBeEditedAndAnEditByTheDatabaseOwnerIsDetected() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", client).session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)));
		long id = jdbc.sql("select max(id) from audit_event where client_id = ?").param(client).query(Long.class).single();
		// the chain proves an entry once it is sealed (within a second): seal it before tampering
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from audit_event where id = ? and seal_seq is null").param(id)
			.query(Long.class).single() > 0; i++) {
			sealer.sealPending();
			Thread.sleep(20);
		}
		String tamper = "update audit_event set actor_email = 'someone.else@example.org' where id = " + id;
		assertThatThrownBy(() -> jdbc.sql(tamper).update()).hasMessageContaining("append-only");

		String original = jdbc.sql("select actor_email from audit_event where id = ?").param(id).query(String.class).single();
		DatabaseOwner databaseOwner = new DatabaseOwner(jdbc);
		databaseOwner.withoutTriggers(() -> jdbc.sql(tamper).update());
		try {
			MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
			mvc.perform(post("/audit/verify").session(owner).with(csrf()))
				.andExpect(content().string(containsString("has been altered at or before entry " + id)));
		}
		finally {
			databaseOwner.withoutTriggers(
					() -> jdbc.sql("update audit_event set actor_email = ? where id = ?").params(original, id).update());
		}
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/audit/verify").session(owner).with(csrf()))
			.andExpect(content().string(containsString("The log is intact")));
	}

	@Test
	void removingTheNewestEntriesIsShownToTheOwner() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		UUID clinic = demo.clinicOf(DemoAccounts.OWNER);
		// an entry is part of the proof once sealed: seal everything waiting first
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from audit_event where clinic_id = ? and seal_seq is null")
			.param(clinic).query(Long.class).single() > 0; i++) {
			sealer.sealPending();
			Thread.sleep(20);
		}
		List<Long> newest = jdbc.sql("select id from audit_event where clinic_id = ? and seal_seq is not null order by seal_seq desc limit 2")
			.param(clinic).query(Long.class).list();
		DatabaseOwner databaseOwner = new DatabaseOwner(jdbc);
		var removed = databaseOwner.rows(newest.get(0));
		databaseOwner.withoutTriggers(() -> jdbc.sql("delete from audit_event where id = ?").param(newest.get(0)).update());
		try {
			mvc.perform(post("/audit/verify").session(owner).with(csrf()))
				.andExpect(content().string(containsString("Entries after entry " + newest.get(1) + " have been removed")));
		}
		finally {
			databaseOwner.reinsert(removed);
		}
		mvc.perform(post("/audit/verify").session(owner).with(csrf()))
			.andExpect(content().string(containsString("The log is intact")));
	}

	@Test
	void lookingAtTheLogAndCheckingItAreAudited() throws Exception {
		UUID owner = demo.accountId(DemoAccounts.OWNER);
		MockHttpSession session = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		long views = auditLogEntries(owner, "VIEW");
		long checks = auditLogEntries(owner, "VERIFY");
		mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
		assertThat(auditLogEntries(owner, "VIEW")).isEqualTo(views + 1);
		mvc.perform(post("/audit/verify").session(session).with(csrf())).andExpect(status().isOk());
		assertThat(auditLogEntries(owner, "VERIFY")).isEqualTo(checks + 1);
		assertThat(jdbc.sql("select outcome from audit_event where actor_id = ? and action = 'VERIFY' order by id desc limit 1")
			.param(owner).query(String.class).single()).isEqualTo("SUCCESS");
	}

	private long auditLogEntries(UUID actor, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_id = ? and action = ? and object_type = 'audit-log'")
			.params(actor, action).query(Long.class).single();
	}

	@Test
	void askingForAnotherClinicsRecordIsAudited() throws Exception {
		UUID otherClinicsClient = demo.aClientOf(DemoAccounts.OTHER_CLINIC);
		UUID therapist = demo.accountId(DemoAccounts.THERAPIST);
		long before = notFound(therapist);
		MockHttpSession session = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", otherClinicsClient).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/clients/{id}", otherClinicsClient).with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(notFound(therapist)).isEqualTo(before + 2);
		mvc.perform(get("/audit").session(DemoAccounts.signIn(mvc, DemoAccounts.OWNER)).param("action", "NOT_FOUND"))
			.andExpect(content().string(containsString("/api/v1/clients/" + otherClinicsClient)));
		var entry = jdbc.sql("select clinic_id, object_type, object_id, outcome, client_id from audit_event where actor_id = ? and action = 'NOT_FOUND' order by id desc limit 1")
			.param(therapist)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), String.valueOf(rs.getString(5))))
			.single();
		assertThat(entry).containsExactly(demo.clinicOf(DemoAccounts.THERAPIST).toString(), "request GET",
				"/api/v1/clients/" + otherClinicsClient, "DENIED", "null");
	}

	private long notFound(UUID actor) {
		return jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'NOT_FOUND' and outcome = 'DENIED'")
			.param(actor).query(Long.class).single();
	}

	@Test
	void refusalsAreAuditedToo() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.RECEPTION);
		long before = jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_email = ?")
			.param(DemoAccounts.RECEPTION).query(Long.class).single();
		MockHttpSession reception = DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
		mvc.perform(get("/clients/{id}", client).session(reception)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/clients/{id}/fhir", client).with(httpBasic(DemoAccounts.RECEPTION, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		long after = jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_email = ? and outcome = 'DENIED'")
			.param(DemoAccounts.RECEPTION).query(Long.class).single();
		assertThat(after).isEqualTo(before + 2);
	}
}
