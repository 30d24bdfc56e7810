package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.db.JobClaims;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database's backup, restored the way the README says into a fresh database, holds the
 * records. H2 only (on PostgreSQL the backup is pg_dump's job), so not a @DatabaseTest.
 */
@SpringBootTest(properties = "quadratus.backup.folder=target/test-data/backups-test")
class BackupRestoreTest {

	@Autowired
	H2Backups backups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobClaims claims;

	@Test
	void aBackupRestoredIntoAFreshDatabaseHoldsTheClientsAndTheAuditLog() throws Exception {
		Map<String, Object> client = jdbc.sql("select id, family_name from client order by id limit 1").query().singleRow();
		long clients = jdbc.sql("select count(*) from client").query(Long.class).single();
		long auditEntries = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		assertThat(clients).isPositive();

		Path file = backups.backUp().orElseThrow();
		assertThat(file.getFileName().toString()).startsWith("quadratus-").endsWith(".sql.gz");
		assertThat(file.getParent()).isEqualTo(Path.of("target/test-data/backups-test").toAbsolutePath());

		JdbcDataSource fresh = new JdbcDataSource();
		fresh.setURL("jdbc:h2:mem:restored-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		fresh.setUser("sa");
		JdbcClient restored = JdbcClient.create(fresh);
		restored.sql("RUNSCRIPT FROM '" + file + "' COMPRESSION GZIP").update();

		assertThat(restored.sql("select count(*) from client").query(Long.class).single()).isEqualTo(clients);
		assertThat(restored.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(auditEntries);
		assertThat(restored.sql("select family_name from client where id = ?").param(client.get("id")).query(String.class).single())
			.isEqualTo(client.get("family_name"));
		assertThat(restored.sql("select max(\"version\") from \"flyway_schema_history\"")
			.query(String.class).single()).as("the schema history comes along, so Flyway starts on it").isNotBlank();
	}

	@Test
	void backupsOlderThanTheKeptPeriodAreDeletedAndNewerOnesKept() throws Exception {
		Path folder = Path.of("target/test-data/backups-test");
		Files.createDirectories(folder);
		Path old = Files.writeString(folder.resolve("quadratus-20000101T023000Z.sql.gz"), "old");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(15))));
		Path recent = Files.writeString(folder.resolve("quadratus-20000102T023000Z.sql.gz"), "recent");
		Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(13))));
		Path unrelated = Files.writeString(folder.resolve("notes.txt"), "not a backup");
		Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

		assertThat(backups.pruneOld()).containsExactly(old);
		assertThat(Files.exists(recent)).isTrue();
		assertThat(Files.exists(unrelated)).isTrue();
	}

	@Test
	void aJobIsClaimedByOneCallerPerPeriod() {
		String job = "test-job-" + UUID.randomUUID();
		assertThat(List.of(claims.claim(job, Duration.ofHours(1)), claims.claim(job, Duration.ofHours(1)),
				claims.claim(job, Duration.ofHours(1)))).containsExactly(true, false, false);
		// An expired claim can be taken again.
		jdbc.sql("update job_claim set claimed_until = ? where job = ?")
			.params(app.quadratus.shared.SqlTime.of(Instant.now().minusSeconds(1)), job).update();
		assertThat(claims.claim(job, Duration.ofHours(1))).isTrue();
	}
}
