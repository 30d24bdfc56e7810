package app.quadratus.clients;

import java.time.Instant;
import java.util.UUID;

/** A consent given at a time, for a purpose and scope; withdrawing it keeps the record. */
public record Consent(UUID id, UUID clientId, ConsentKind kind, String scope, Instant grantedAt, UUID grantedBy,
		Instant withdrawnAt, UUID withdrawnBy) {

	public boolean isActive() {
		return withdrawnAt == null;
	}
}
