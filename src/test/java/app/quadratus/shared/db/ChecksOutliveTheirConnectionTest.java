package app.quadratus.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * H2 2.4 ties a check constraint whose condition is a constant set ({@code x in ('a', 'b')}, or the
 * {@code x = 'a' or x = 'b'} it rewrites into one) to the session that created it. When Flyway's
 * connection closes (the pool retires it after {@code maxLifetime}), every insert into the table is
 * refused with "Check constraint invalid" until the database is reopened. V45_2 rewrites such checks as
 * a CASE for H2. H2 only: PostgreSQL has no such binding.
 */
class ChecksOutliveTheirConnectionTest {

	@Test
	void h2RefusesInsertsOnceTheConnectionThatCreatedAnInListCheckHasClosed() throws SQLException {
		DataSource database = inMemory();
		try (Connection keepsTheDatabaseOpen = database.getConnection()) {
			try (Connection creator = database.getConnection()) {
				creator.createStatement().execute("create table t (status varchar(10) not null,"
						+ " constraint t_in check (status in ('draft', 'signed')))");
				creator.createStatement().execute("create table c (status varchar(10) not null,"
						+ " constraint c_case check (case status when 'draft' then true when 'signed' then true else false end))");
			}
			// This is the H2 defect V45_2 works around; should an H2 upgrade fix it, this fails and says so.
			assertThatThrownBy(() -> keepsTheDatabaseOpen.createStatement().execute("insert into t values ('signed')"))
				.as("H2 still binds an IN-list check to its creator's session")
				.hasMessageContaining("Check constraint invalid");
			keepsTheDatabaseOpen.createStatement().execute("insert into c values ('signed')");
			assertThatThrownBy(() -> keepsTheDatabaseOpen.createStatement().execute("insert into c values ('other')"))
				.as("the CASE form still refuses a value outside the list")
				.hasMessageContaining("Check constraint violation");
		}
	}

	@Test
	void migratedTablesAcceptValidRowsAfterTheMigratingConnectionHasClosed() throws SQLException {
		DataSource database = inMemory();
		try (Connection keepsTheDatabaseOpen = database.getConnection()) {
			// Flyway migrates on one connection of its own and closes it, as a pool retiring it would.
			SingleConnectionDataSource migrating = new SingleConnectionDataSource(database.getConnection(), false);
			Flyway.configure().dataSource(migrating).locations("classpath:db/migration", "classpath:db/vendor/h2")
				.load().migrate();
			migrating.destroy();

			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(database.getConnection(), false));
			UUID clinic = UUID.randomUUID();
			UUID client = UUID.randomUUID();
			UUID plan = UUID.randomUUID();
			jdbc.sql("insert into clinic (id, name, time_zone, locale, created_at) values (?, 'Norwich', 'Europe/London', 'en-GB', now())")
				.param(clinic).update();
			jdbc.sql("""
					insert into client (id, clinic_id, given_name, family_name, date_of_birth, search_given, search_family,
					    created_at, updated_at) values (?, ?, 'Ada', 'Lane', date '1980-01-01', 'ada', 'lane', now(), now())""")
				.params(client, clinic).update();
			jdbc.sql("insert into treatment_plan (id, clinic_id, client_id, created_at) values (?, ?, ?, now())")
				.params(plan, clinic, client).update();
			jdbc.sql("""
					insert into plan_version (id, clinic_id, plan_id, client_id, version, content, content_sha256, signed_at,
					    created_at) values (?, ?, ?, ?, 1, '{}', ?, now(), now())""")
				.params(UUID.randomUUID(), clinic, plan, client, "0".repeat(64)).update();

			for (String method : List.of("in-clinic", "portal")) {
				jdbc.sql("delete from plan_agreement").update();
				jdbc.sql("""
						insert into plan_agreement (id, clinic_id, plan_id, version, agreed_by_name, method, agreed_at,
						    created_at) values (?, ?, ?, 1, 'Ada Lane', ?, now(), now())""")
					.params(UUID.randomUUID(), clinic, plan, method).update();
			}
			for (String status : List.of("draft", "signed")) {
				jdbc.sql("""
						insert into treatment_session (id, clinic_id, client_id, status, started_at, goals, techniques, regions,
						    note, signed_at, created_at, changed_at)
						values (?, ?, ?, ?, now(), '[]', '[]', '[]', '{}', ?, now(), now())""")
					.params(UUID.randomUUID(), clinic, client, status, "signed".equals(status) ? java.sql.Timestamp.from(java.time.Instant.now()) : null)
					.update();
			}
			assertThat(jdbc.sql("select count(*) from treatment_session").query(Long.class).single()).isEqualTo(2);
			assertThatThrownBy(() -> jdbc.sql("""
					insert into treatment_session (id, clinic_id, client_id, status, started_at, goals, techniques, regions,
					    note, created_at, changed_at) values (?, ?, ?, 'lost', now(), '[]', '[]', '[]', '{}', now(), now())""")
				.params(UUID.randomUUID(), clinic, client).update())
				.as("the rewritten check still refuses what the original refused")
				.hasMessageContaining("TREATMENT_SESSION_STATUS");

			// The same holds for any check a later migration adds. H2 stores a check as it optimised it, so an
			// OR of equalities on one column shows as the IN list it became; other ORs are evaluated afresh.
			assertThat(jdbc.sql("select constraint_name, check_clause from information_schema.check_constraints"
					+ " where constraint_schema = 'PUBLIC'")
				.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2)).list())
				.as("H2 checks with a constant set: rewrite them as a CASE in an H2 script, as V45_2 does")
				.noneMatch(check -> Pattern.compile("\\bIN\\(").matcher(check).find());
		}
	}

	private static DataSource inMemory() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:checks-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		database.setUser("sa");
		return database;
	}
}
