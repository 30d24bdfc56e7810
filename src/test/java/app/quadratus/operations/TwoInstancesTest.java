package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL, as a clinic group behind a load balancer runs them:
 * a session begun on one continues on the other, and disabling an account on one ends its sessions
 * on both. Always on PostgreSQL (its own embedded server), so not a @DatabaseTest.
 */
class TwoInstancesTest {

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		String dataDir = Path.of("target/test-data/two-instances-" + UUID.randomUUID()).toString();
		first = Instances.start(url, true, dataDir);
		second = Instances.start(url, false, dataDir);
	}

	@AfterAll
	static void stop() throws Exception {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aSignInOnOneInstanceContinuesOnTheOtherAndADisabledAccountIsRefusedOnBoth() throws Exception {
		String a = Instances.baseUrl(first);
		String b = Instances.baseUrl(second);
		JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		UUID therapistId = jdbc.sql("select id from account where email = ?").param(DemoAccounts.THERAPIST2)
			.query(UUID.class).single();

		String therapist = Instances.signIn(a, DemoAccounts.THERAPIST2, DemoAccounts.PASSWORD);
		assertThat(Instances.get(a + "/clients", therapist).statusCode()).isEqualTo(200);
		assertThat(Instances.get(b + "/clients", therapist).statusCode()).as("the other instance knows the session")
			.isEqualTo(200);

		String owner = Instances.signIn(b, DemoAccounts.OWNER, DemoAccounts.PASSWORD);
		String staffPage = Instances.get(b + "/staff", owner).body();
		var disabled = Instances.post(b + "/staff/" + therapistId, owner, Map.of("_csrf", Instances.csrf(staffPage),
				"displayName", "Disabled On B", "role", "THERAPIST"));
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select enabled from account where id = ?").param(therapistId).query(Boolean.class).single())
			.isFalse();

		var onA = Instances.get(a + "/clients", therapist);
		assertThat(onA.statusCode()).isEqualTo(302);
		assertThat(onA.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		var onB = Instances.get(b + "/clients", therapist);
		assertThat(onB.statusCode()).isEqualTo(302);
		assertThat(onB.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(Instances.get(a + "/clients", owner).statusCode()).as("the owner's own session goes on").isEqualTo(200);
	}
}
