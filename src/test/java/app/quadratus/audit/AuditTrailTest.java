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
		assertThat(entry[5]).hasSize(64);
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
	void theLogCannotBeEditedOnPostgresAndAnEditIsDetectedElsewhere() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", client).session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)));
		boolean postgres = "postgres".equals(System.getProperty("quadratus.test.database"));
		String tamper = "update audit_event set actor_email = 'someone.else@example.org' where id = (select max(id) from audit_event where client_id = '"
				+ client + "')";
		if (postgres) {
			assertThatThrownBy(() -> jdbc.sql(tamper).update()).hasMessageContaining("append-only");
			return;
		}
		long id = jdbc.sql("select max(id) from audit_event where client_id = ?").param(client).query(Long.class).single();
		String original = jdbc.sql("select actor_email from audit_event where id = ?").param(id).query(String.class).single();
		jdbc.sql(tamper).update();
		try {
			MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
			mvc.perform(post("/audit/verify").session(owner).with(csrf()))
				.andExpect(content().string(containsString("has been altered")));
		}
		finally {
			jdbc.sql("update audit_event set actor_email = ? where id = ?").params(original, id).update();
		}
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
