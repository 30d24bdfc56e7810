package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PS-15: the database refuses to change or empty the log, and whoever gets past that (the database
 * owner can switch triggers off) still cannot hide it from the verification. Tampers with the second
 * demo clinic's chain only, and puts it back.
 */
@WebTest
class AuditTamperTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	AuditRepository repository;

	@Autowired
	AuditSealer sealer;

	DatabaseOwner owner;

	UUID clinic;

	@BeforeEach
	void aChainOfAFewEntries() throws Exception {
		owner = new DatabaseOwner(jdbc);
		clinic = demo.clinicOf(DemoAccounts.OTHER_CLINIC);
		for (int i = 0; i < 3; i++) {
			DemoAccounts.signIn(mvc, DemoAccounts.OTHER_CLINIC);
		}
		assertThat(verifier.check(clinic).intact()).isTrue();
		sealAll();
		assertThat(verifier.check(clinic)).isEqualTo(new ChainCheck(null, null, 0));
	}

	@Test
	void theDatabaseRefusesUpdateDeleteAndTruncateOfTheLog() {
		long id = newest(1).get(0);
		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_email = 'x@example.org' where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		// H2 fires no trigger on TRUNCATE; it refuses to truncate a table a foreign key references
		String truncateRefused = DatabaseOwner.postgres() ? "append-only" : "Cannot truncate";
		assertThatThrownBy(() -> jdbc.sql("truncate table audit_event").update()).hasStackTraceContaining(truncateRefused);
		assertThatThrownBy(() -> jdbc.sql("update audit_chain_legacy set up_to_id = 999999999").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_legacy").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate table audit_chain_legacy").update()).hasStackTraceContaining(truncateRefused);
		assertThat(jdbc.sql("select count(*) from audit_event where id = ?").param(id).query(Long.class).single()).isOne();
		assertThat(verifier.check(clinic).intact()).isTrue();
	}

	@Test
	void deletingTheNewestEntriesIsDetectedThoughTheRestOfTheChainIsConsistent() {
		List<Long> newest = newest(3);
		var removed = owner.rows(newest.get(0), newest.get(1));
		owner.withoutTriggers(() -> jdbc.sql("delete from audit_event where id in (?, ?)").params(newest.get(0), newest.get(1)).update());
		try {
			assertThat(verifier.check(clinic)).isEqualTo(new ChainCheck(null, newest.get(2)));
		}
		finally {
			owner.reinsert(removed);
		}
		assertThat(verifier.check(clinic).intact()).isTrue();
	}

	@Test
	void aGapInTheMiddleIsDetected() {
		List<Long> newest = newest(2);
		var removed = owner.rows(newest.get(1));
		owner.withoutTriggers(() -> jdbc.sql("delete from audit_event where id = ?").param(newest.get(1)).update());
		try {
			assertThat(verifier.check(clinic)).isEqualTo(new ChainCheck(newest.get(0), null));
		}
		finally {
			owner.reinsert(removed);
		}
		assertThat(verifier.check(clinic).intact()).isTrue();
	}

	@Test
	void anEntryRewrittenWithARecomputedUnkeyedHashIsDetected() {
		long id = newest(1).get(0);
		AuditEntry original = entry(id);
		AuditEntry forged = new AuditEntry(id, original.occurredAt(), original.clinicId(), original.actorId(),
				"someone.else@example.org", original.actorRole(), original.action(), original.objectType(), original.objectId(),
				original.clientId(), original.outcome(), original.address(), original.previousHash(), null);
		String forgedHash = AuditChain.legacyHash(forged, original.previousHash());
		owner.withoutTriggers(() -> {
			jdbc.sql("update audit_event set actor_email = ?, hash = ? where id = ?").params(forged.actorEmail(), forgedHash, id).update();
			jdbc.sql("update audit_chain_head set last_hash = ? where clinic_id = ?").params(forgedHash, clinic).update();
		});
		try {
			assertThat(verifier.check(clinic)).isEqualTo(new ChainCheck(id, null));
		}
		finally {
			owner.withoutTriggers(() -> {
				jdbc.sql("update audit_event set actor_email = ?, hash = ? where id = ?").params(original.actorEmail(), original.hash(), id).update();
				jdbc.sql("update audit_chain_head set last_hash = ? where clinic_id = ?").params(original.hash(), clinic).update();
			});
		}
		assertThat(verifier.check(clinic).intact()).isTrue();
	}

	@Test
	void theChainVerifiesOnlyUnderTheKeyThatSealedIt() {
		byte[] otherSecret = new byte[32];
		new SecureRandom().nextBytes(otherSecret);
		var otherKey = new ChainVerifier(repository, new AuditChain(AuditKey.of(otherSecret)));
		long first = jdbc.sql("select id from audit_event where clinic_id = ? and seal_seq is not null order by seal_seq limit 1")
			.param(clinic).query(Long.class).single();
		assertThat(otherKey.check(clinic)).isEqualTo(new ChainCheck(first, null));
	}

	@Test
	void entriesAreRecordedUnsealedAndTheSealerLinksThemOntoTheChain() throws Exception {
		DemoAccounts.signIn(mvc, DemoAccounts.OTHER_CLINIC);
		long id = newest(1).get(0);
		sealAll();
		AuditEntry sealed = entry(id);
		assertThat(sealed.hash()).hasSize(64);
		assertThat(verifier.check(clinic)).isEqualTo(new ChainCheck(null, null, 0));
		// a seal, once written, never changes
		assertThatThrownBy(() -> jdbc.sql("update audit_event set hash = ? where id = ?").params("0".repeat(64), id).update())
			.hasMessageContaining("append-only");
	}

	/** Seals everything, waiting for the scheduled sealer if it holds the chain at that moment. */
	private void sealAll() throws InterruptedException {
		for (int i = 0; i < 100 && repository.countUnsealed(clinic) > 0; i++) {
			sealer.sealPending();
			Thread.sleep(20);
		}
	}

	/** The clinic's newest entry ids, newest first. */
	private List<Long> newest(int count) {
		return jdbc.sql("select id from audit_event where clinic_id = ? order by id desc limit ?").params(clinic, count)
			.query(Long.class).list();
	}

	private AuditEntry entry(long id) {
		return repository.entry(id);
	}
}
