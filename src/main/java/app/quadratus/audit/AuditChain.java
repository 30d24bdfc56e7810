package app.quadratus.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain that makes the log tamper-evident: each entry's hash covers its own fields and the
 * previous entry's hash, so editing or deleting any row breaks every hash after it.
 */
final class AuditChain {

	private AuditChain() {
	}

	static String hash(AuditEntry e, String previousHash) {
		String canonical = String.join("|", Objects.toString(previousHash, ""), e.occurredAt().toString(),
				Objects.toString(e.clinicId(), ""), Objects.toString(e.actorId(), ""), Objects.toString(e.actorEmail(), ""),
				Objects.toString(e.actorRole(), ""), e.action().name(), e.objectType(), Objects.toString(e.objectId(), ""),
				Objects.toString(e.clientId(), ""), e.outcome().name(), Objects.toString(e.address(), ""));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e1) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e1);
		}
	}

	/**
	 * The first entry whose hash or link does not match, if any; entries oldest first, the first of them
	 * following an entry whose hash was {@code previous} (null at the start of the chain).
	 */
	static Optional<AuditEntry> firstBreak(List<AuditEntry> entries, String previous) {
		for (AuditEntry entry : entries) {
			if (!Objects.equals(entry.previousHash(), previous) || !hash(entry, previous).equals(entry.hash())) {
				return Optional.of(entry);
			}
			previous = entry.hash();
		}
		return Optional.empty();
	}
}
