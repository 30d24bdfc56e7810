package app.quadratus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTest {

	private static final UUID CLINIC = UUID.randomUUID();

	private final AuditChain chain = new AuditChain(AuditKey.of(secret()));

	@Test
	void aKeyedChainVerifiesAndItsSealsAreNotPlainHashes() {
		List<AuditEntry> entries = keyedChain(chain, 4, 0, null);
		assertThat(chain.firstBreak(entries, null, 0)).isEmpty();
		assertThat(entries.get(0).hash()).isNotEqualTo(AuditChain.legacyHash(draft(1), null)).hasSize(64);
	}

	@Test
	void anEntryRewrittenWithARecomputedPlainHashBreaksTheChain() {
		List<AuditEntry> entries = new ArrayList<>(keyedChain(chain, 3, 0, null));
		AuditEntry last = entries.get(2);
		AuditEntry forged = sealed(new AuditEntry(last.id(), last.occurredAt(), CLINIC, null, "someone.else@example.org", "OWNER",
				AuditAction.VIEW, "chart", null, null, AuditOutcome.SUCCESS, null, null, null), last.previousHash(), null);
		entries.set(2, forged);
		assertThat(chain.firstBreak(entries, null, 0)).contains(forged);
	}

	@Test
	void anotherKeyDoesNotVerifyTheChain() {
		List<AuditEntry> entries = keyedChain(chain, 3, 0, null);
		assertThat(new AuditChain(AuditKey.of(secret())).firstBreak(entries, null, 0)).contains(entries.get(0));
	}

	@Test
	void entriesFromBeforeTheSwitchOverKeepTheirPlainHashAndTheKeyedChainContinuesFromThem() {
		List<AuditEntry> legacy = keyedChain(null, 3, 0, null);
		List<AuditEntry> all = new ArrayList<>(legacy);
		all.addAll(keyedChain(chain, 2, 3, legacy.get(2).hash()));
		assertThat(chain.firstBreak(all, null, 3)).isEmpty();
		// a plain hash is accepted only up to the switch-over point
		assertThat(chain.firstBreak(keyedChain(null, 5, 0, null), null, 3)).map(AuditEntry::id).contains(4L);
	}

	@Test
	void aKeyTooShortOrNotBase64IsRefusedWithoutEchoingIt() {
		assertThatThrownBy(() -> AuditKey.of(new byte[16])).hasMessageContaining("at least 32 bytes");
		assertThatThrownBy(() -> AuditKey.load("not*base64*secret", null, false)).hasMessageNotContaining("secret")
			.hasMessageContaining("QUADRATUS_AUDIT_KEY");
		assertThat(AuditKey.of(secret())).hasToString("AuditKey[hidden]");
	}

	/** {@code count} linked entries with ids after {@code firstId}; keyed by {@code sealer}, or plain SHA-256 when null. */
	private static List<AuditEntry> keyedChain(AuditChain sealer, int count, long firstId, String previous) {
		List<AuditEntry> entries = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			AuditEntry entry = sealed(draft(firstId + i), previous, sealer);
			entries.add(entry);
			previous = entry.hash();
		}
		return entries;
	}

	private static AuditEntry sealed(AuditEntry draft, String previous, AuditChain sealer) {
		String hash = sealer == null ? AuditChain.legacyHash(draft, previous) : sealer.seal(draft, previous);
		return new AuditEntry(draft.id(), draft.occurredAt(), draft.clinicId(), draft.actorId(), draft.actorEmail(),
				draft.actorRole(), draft.action(), draft.objectType(), draft.objectId(), draft.clientId(), draft.outcome(),
				draft.address(), previous, hash);
	}

	private static AuditEntry draft(long id) {
		return new AuditEntry(id, Instant.parse("2026-11-24T10:15:30Z").plusSeconds(id), CLINIC, UUID.randomUUID(),
				"therapist@norwich.demo", "THERAPIST", AuditAction.VIEW, "chart", "c-" + id, null, AuditOutcome.SUCCESS,
				"127.0.0.1", null, null);
	}

	private static byte[] secret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}
}
