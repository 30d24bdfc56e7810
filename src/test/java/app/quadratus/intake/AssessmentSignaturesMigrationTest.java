package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import app.quadratus.testing.DatabaseTest;
import app.quadratus.testing.EmbeddedPostgresConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V45 on a database that already holds assessments (on H2 and PostgreSQL): their versions come out
 * signed by their authors when they were written, their old-format hashes still verify, and the
 * shared triggers refuse changing them afterwards as the old ones did.
 */
@DatabaseTest
class AssessmentSignaturesMigrationTest {

	private static final boolean POSTGRES = "postgres".equals(System.getProperty("quadratus.test.database"));

	@Test
	void savedAssessmentsComeOutSignedByTheirAuthorsWithTheirOldHashesStillVerifying() throws Exception {
		DataSource database = POSTGRES ? EmbeddedPostgresConfiguration.emptyDatabase("v45_migration") : h2();
		migrate(database, "45");
		JdbcClient jdbc = JdbcClient.create(database);
		UUID clinic = UUID.randomUUID();
		UUID client = UUID.randomUUID();
		UUID assessment = UUID.randomUUID();
		UUID author = UUID.randomUUID();
		UUID amender = UUID.randomUUID();
		OffsetDateTime written = OffsetDateTime.parse("2026-10-01T09:30:00Z");
		jdbc.sql("insert into clinic (id, name, time_zone, locale, created_at) values (?, 'Norwich', 'Europe/London', 'en-GB', ?)")
			.params(clinic, written).update();
		jdbc.sql("""
				insert into client (id, clinic_id, given_name, family_name, date_of_birth, search_given, search_family,
				    created_at, updated_at) values (?, ?, 'Ada', 'Lane', date '1980-01-01', 'ada', 'lane', ?, ?)""")
			.params(client, clinic, written, written).update();
		jdbc.sql("insert into assessment (id, clinic_id, client_id, assessed_at, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(assessment, clinic, client, written, author, written).update();
		insertV44Version(jdbc, clinic, client, assessment, 1, author, written, null);
		insertV44Version(jdbc, clinic, client, assessment, 2, amender, written.plusDays(1), "Wrong side");

		migrate(database, null);

		var versions = jdbc.sql("""
				select version, findings, screening, content_sha256, content_hash_scheme, created_by, signed_by, signed_at
				from assessment_version where assessment_id = ? order by version""")
			.param(assessment).query().listOfRows();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("signed_by")).isEqualTo(author);
		assertThat(versions.get(1).get("signed_by")).isEqualTo(amender);
		assertThat(instant(versions.get(0).get("signed_at"))).isEqualTo(written.toInstant());
		assertThat(instant(versions.get(1).get("signed_at"))).isEqualTo(written.plusDays(1).toInstant());
		for (Map<String, Object> v : versions) {
			assertThat(((Number) v.get("content_hash_scheme")).intValue()).isEqualTo(1);
			assertThat(AssessmentJson.hash(1, (String) v.get("findings"), (String) v.get("screening")))
				.as("a hash written before V45 verifies under its scheme").isEqualTo(v.get("content_sha256"));
			assertThat(AssessmentJson.hash(2, (String) v.get("findings"), (String) v.get("screening")))
				.as("and the schemes differ, so the marker matters").isNotEqualTo(v.get("content_sha256"));
		}

		assertThatThrownBy(() -> jdbc.sql("update assessment_version set amend_reason = 'Changed' where assessment_id = ?")
			.param(assessment).update()).hasMessageContaining("signed and never changes");
		assertThatThrownBy(() -> jdbc.sql("update assessment set assessed_at = created_at where id = ?")
			.param(assessment).update()).hasMessageContaining("never change");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into assessment_version (id, clinic_id, assessment_id, client_id, version, findings, screening, urgency,
				    pattern, atlas_version, content_sha256, amend_reason, created_at)
				values (?, ?, ?, ?, 3, '{}', '{}', 'ROUTINE', 'NON_SPECIFIC', '1', ?, 'Unsigned', ?)""")
			.params(UUID.randomUUID(), clinic, assessment, client, "0".repeat(64), written).update())
			.as("a version is signed as it is written").message().containsIgnoringCase("signed_at");
	}

	/** A version as V10 to V44 wrote it: hashed as SHA-256 of findings, a newline and screening. */
	private static void insertV44Version(JdbcClient jdbc, UUID clinic, UUID client, UUID assessment, int number,
			UUID by, OffsetDateTime at, String reason) throws Exception {
		String findings = "{\"ageYears\":46,\"version\":" + number + "}";
		String screening = "{\"urgency\":\"ROUTINE\"}";
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest((findings + "\n" + screening).getBytes(StandardCharsets.UTF_8)));
		jdbc.sql("""
				insert into assessment_version (id, clinic_id, assessment_id, client_id, version, findings, screening, urgency,
				    pattern, atlas_version, content_sha256, amend_reason, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, 'ROUTINE', 'NON_SPECIFIC', '1', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clinic, assessment, client, number, findings, screening, hash, reason, by, at)
			.update();
	}

	/** Migrates to the target, or to the last migration before V45 (whichever exist on this branch). */
	private static void migrate(DataSource database, String beforeVersion) {
		var config = Flyway.configure().dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRES ? "postgresql" : "h2"));
		if (beforeVersion != null) {
			MigrationVersion before = MigrationVersion.fromVersion(beforeVersion);
			MigrationVersion last = Arrays.stream(config.load().info().all()).map(MigrationInfo::getVersion)
				.filter(v -> v.isNewerThan("0") && before.isNewerThan(v.getVersion()))
				.max(MigrationVersion::compareTo).orElseThrow();
			config.target(last);
		}
		config.load().migrate();
	}

	private static java.time.Instant instant(Object value) {
		return value instanceof OffsetDateTime t ? t.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	private static DataSource h2() throws SQLException {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:v45-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		database.setUser("sa");
		return database;
	}
}
