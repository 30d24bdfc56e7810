package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database from before V23 holds entries chained with plain SHA-256. After the upgrade they still
 * verify, the chain continues keyed from them, and a rewrite of the old entries is caught by the
 * first keyed entry, which nobody without the key can re-seal. Runs the real migrations on a
 * throw-away embedded database.
 */
class LegacyChainUpgradeTest {

	private static final UUID CLINIC = UUID.randomUUID();

	private JdbcDataSource dataSource;

	private JdbcClient jdbc;

	private AuditChain chain;

	private AuditRepository repository;

	@BeforeEach
	void aDatabaseWithThreeEntriesFromBeforeTheKey() {
		dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		migrate("20"); // the newest migration on main before V23
		jdbc = JdbcClient.create(dataSource);
		String previous = null;
		for (int i = 1; i <= 3; i++) {
			previous = insertLegacy(i, previous);
		}
		jdbc.sql("insert into audit_chain_head (clinic_id, last_hash) values (?, ?)").params(CLINIC, previous).update();
		migrate(null);
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		chain = new AuditChain(AuditKey.of(secret));
		repository = new AuditRepository(new JdbcTemplate(dataSource), chain);
		repository.append(draft(4));
		repository.append(draft(5));
		new AuditSealer(repository, chain, new DataSourceTransactionManager(dataSource)).sealPending();
	}

	@Test
	void oldEntriesStillVerifyAndTheChainContinuesKeyed() {
		assertThat(repository.legacyUpTo()).isEqualTo(3);
		assertThat(new ChainVerifier(repository, chain).check(CLINIC).intact()).isTrue();
		String fourth = jdbc.sql("select hash from audit_event where id = 4").query(String.class).single();
		assertThat(fourth).isNotEqualTo(AuditChain.legacyHash(repository.entry(4), hashOf(3)));
	}

	@Test
	void oldEntriesRewrittenWithRecomputedPlainHashesAreCaughtAtTheFirstKeyedEntry() {
		jdbc.sql("drop trigger audit_event_append_only").update();
		String previous = hashOf(1);
		for (long id = 2; id <= 3; id++) {
			AuditEntry entry = repository.entry(id);
			AuditEntry forged = new AuditEntry(id, entry.occurredAt(), CLINIC, entry.actorId(), "someone.else@example.org",
					entry.actorRole(), entry.action(), entry.objectType(), entry.objectId(), entry.clientId(), entry.outcome(),
					entry.address(), previous, null);
			previous = AuditChain.legacyHash(forged, previous);
			jdbc.sql("update audit_event set actor_email = ?, previous_hash = ?, hash = ? where id = ?")
				.params(forged.actorEmail(), forged.previousHash(), previous, id).update();
		}
		assertThat(new ChainVerifier(repository, chain).check(CLINIC)).isEqualTo(new ChainCheck(4L, null));
	}

	@Test
	void theSealerMayFillInAMissingSealOnceAndChangeNothingElse() {
		repository.append(draft(6));
		long id = 6;
		// recorded without a seal; the sealer links it later
		assertThat(repository.entry(id).hash()).isNull();
		assertThat(new ChainVerifier(repository, chain).check(CLINIC)).isEqualTo(new ChainCheck(null, null, 1));
		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_email = 'x@example.org' where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = 'h', seal_seq = 9, actor_email = 'x@example.org' where id = ?")
			.param(id).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update()).hasMessageContaining("append-only");
		assertThat(jdbc.sql("update audit_event set hash = 'h', seal_seq = 9 where id = ?").param(id).update()).isOne();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = 'i' where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = 'i' where id = 2").update()).hasMessageContaining("append-only");
	}

	private void migrate(String target) {
		var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2");
		if (target != null) {
			flyway.target(target);
		}
		flyway.load().migrate();
	}

	/** As the log wrote entries before V23 (ids 1, 2, 3 on this fresh database). */
	private String insertLegacy(long id, String previous) {
		AuditEntry entry = draft(id);
		String hash = AuditChain.legacyHash(entry, previous);
		jdbc.sql("""
				insert into audit_event (occurred_at, clinic_id, actor_email, actor_role, action, object_type, outcome,
				  previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(SqlTime.of(entry.occurredAt()), CLINIC, entry.actorEmail(), entry.actorRole(), entry.action().name(),
					entry.objectType(), entry.outcome().name(), previous, hash)
			.update();
		return hash;
	}

	private String hashOf(long id) {
		return jdbc.sql("select hash from audit_event where id = ?").param(id).query(String.class).single();
	}

	private static AuditEntry draft(long n) {
		return new AuditEntry(0, Instant.parse("2026-11-24T10:15:30Z").plusSeconds(n), CLINIC, null, "owner@norwich.demo",
				"OWNER", AuditAction.VIEW, "chart", null, null, AuditOutcome.SUCCESS, null, null, null);
	}
}
