package app.quadratus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import app.quadratus.testing.WebTest;
import db.migration.V44__tenant_keyed_foreign_keys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema stays ready to be distributed by clinic (docs/scaling.md, "From one server to many"):
 * every table of clinic data carries {@code clinic_id}, and every foreign key between two such tables
 * includes it, so no row can point at another clinic's row and each clinic's rows can live on one shard.
 * Reads INFORMATION_SCHEMA of the migrated database (H2, and PostgreSQL in the database run).
 */
@WebTest
class TenantKeyedSchemaTest {

	/** Tables that are not one clinic's data, each with the reason. Keep this list short. */
	static final Map<String, String> GLOBAL = Map.ofEntries(
			Map.entry("clinic", "the tenants themselves: the distribution key is their id"),
			Map.entry("account", "sign-in finds an account by email before its clinic is known; globally unique email"),
			Map.entry("account_token", "invitation and reset links of accounts, looked up by token before sign-in"),
			Map.entry("account_totp", "an account's second step, read at sign-in"),
			Map.entry("account_recovery_code", "an account's recovery codes, read at sign-in"),
			Map.entry("audit_chain_legacy", "one switch-over point for the whole log (V23)"),
			Map.entry("audit_truncate_guard", "H2 only: an always-empty table whose foreign keys stop TRUNCATE of the log"),
			Map.entry("event_publication", "Spring Modulith's outbox of events between modules (ids only)"),
			Map.entry("event_publication_archive", "Spring Modulith's archive of completed events"),
			Map.entry("flyway_schema_history", "the migrations applied"),
			Map.entry("setup_code", "the first-run setup code (one row), which exists only while no clinic does"),
			Map.entry("job_claim", "scheduled jobs claimed by one instance of all (e.g. the nightly backup), not clinic data"),
			Map.entry("sign_in_address_failure", "failed sign-ins per network address, counted before any clinic is known"));

	/** Infrastructure tables by prefix: Spring Session's (sessions are per account, not per clinic). */
	static final List<String> GLOBAL_PREFIXES = List.of("spring_session");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void everyTableOfClinicDataCarriesClinicId() throws Exception {
		List<String> missing = new ArrayList<>();
		for (String table : tables()) {
			if (!global(table) && !withClinicId().contains(table)) {
				missing.add(table);
			}
		}
		assertThat(missing).as("tables without clinic_id (add it, or allow-list the table with a reason)").isEmpty();
	}

	@Test
	void everyForeignKeyBetweenClinicTablesIncludesClinicId() throws Exception {
		List<String> broken = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (var fk : V44__tenant_keyed_foreign_keys.foreignKeys(connection, connection.getSchema())) {
				if (global(fk.table()) || global(fk.referenced())) {
					continue;
				}
				if (!fk.columns().contains("clinic_id") || !fk.referencedColumns().contains("clinic_id")) {
					broken.add(fk.table() + " " + fk.columns() + " -> " + fk.referenced() + " " + fk.referencedColumns());
				}
			}
		}
		assertThat(broken).as("foreign keys between clinic tables that leave clinic_id out").isEmpty();
	}

	@Test
	void theRuleIsCheckedAgainstARealSchema() throws Exception {
		assertThat(tables()).contains("client", "treatment_session", "home_programme_exercise");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(V44__tenant_keyed_foreign_keys.foreignKeys(connection, connection.getSchema()))
				.anySatisfy(fk -> {
					assertThat(fk.table()).isEqualTo("treatment_session");
					assertThat(fk.referenced()).isEqualTo("client");
					assertThat(fk.columns()).containsExactly("clinic_id", "client_id");
				});
		}
	}

	private static boolean global(String table) {
		return GLOBAL.containsKey(table) || GLOBAL_PREFIXES.stream().anyMatch(table::startsWith);
	}

	private List<String> tables() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = lower(?) and table_type in ('BASE TABLE', 'TABLE')")
				.param(connection.getSchema())
				.query((rs, row) -> rs.getString(1).toLowerCase(Locale.ROOT))
				.list();
		}
	}

	private Set<String> withClinicId() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return V44__tenant_keyed_foreign_keys.tablesWithClinicId(connection, connection.getSchema());
		}
	}
}
