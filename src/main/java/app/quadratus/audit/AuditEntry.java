package app.quadratus.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log as the owner browses it. */
public record AuditEntry(long id, Instant occurredAt, UUID clinicId, UUID actorId, String actorEmail, String actorRole,
		AuditAction action, String objectType, String objectId, UUID clientId, AuditOutcome outcome, String address,
		String previousHash, String hash) {
}
