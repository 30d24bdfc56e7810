package app.quadratus.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The chain that makes the log tamper-evident: each entry's seal covers its own fields and the
 * previous entry's seal, so editing or deleting any row breaks every link after it. Seals are
 * HMAC-SHA256 under the {@link AuditKey}, which the database does not hold, so a rewritten entry
 * cannot be given a valid seal by someone with database access alone. Entries written before the
 * switch-over (V23) carry a plain SHA-256 and are checked as such, but only up to that point.
 */
@Component
class AuditChain {

	private final AuditKey key;

	@Autowired
	AuditChain(@Value("${quadratus.audit-key:}") String configuredKey, @Value("${quadratus.data-dir}") Path dataDir,
			Environment environment) {
		this(AuditKey.load(configuredKey, dataDir, environment.matchesProfiles("postgres")));
	}

	AuditChain(AuditKey key) {
		this.key = key;
	}

	/** The keyed seal of an entry that follows the entry sealed {@code previousHash} (null first). */
	String seal(AuditEntry e, String previousHash) {
		return HexFormat.of().formatHex(key.mac().doFinal(canonical(e, previousHash)));
	}

	/** The unkeyed SHA-256 the log used before V23: anyone can compute it, so it is trusted only for old entries. */
	static String legacyHash(AuditEntry e, String previousHash) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(e, previousHash)));
		}
		catch (NoSuchAlgorithmException e1) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e1);
		}
	}

	/**
	 * The first entry whose seal or link does not match, if any; entries oldest first, the first of them
	 * following an entry sealed {@code previous} (null at the start of the chain). Entries up to
	 * {@code legacyUpTo} (by id) must carry the legacy hash, every later one the keyed seal.
	 */
	Optional<AuditEntry> firstBreak(List<AuditEntry> entries, String previous, long legacyUpTo) {
		for (AuditEntry entry : entries) {
			String expected = entry.id() <= legacyUpTo ? legacyHash(entry, previous) : seal(entry, previous);
			if (!Objects.equals(entry.previousHash(), previous) || !MessageDigest.isEqual(bytes(expected), bytes(entry.hash()))) {
				return Optional.of(entry);
			}
			previous = entry.hash();
		}
		return Optional.empty();
	}

	private static byte[] canonical(AuditEntry e, String previousHash) {
		return String.join("|", Objects.toString(previousHash, ""), e.occurredAt().toString(),
				Objects.toString(e.clinicId(), ""), Objects.toString(e.actorId(), ""), Objects.toString(e.actorEmail(), ""),
				Objects.toString(e.actorRole(), ""), e.action().name(), e.objectType(), Objects.toString(e.objectId(), ""),
				Objects.toString(e.clientId(), ""), e.outcome().name(), Objects.toString(e.address(), ""))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String hash) {
		return hash == null ? new byte[0] : hash.getBytes(StandardCharsets.US_ASCII);
	}
}
