package app.quadratus.careteam.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.security.SharedPart;

/**
 * One share: a consent of its own, from one clinic's client to one named person, for some parts of the
 * record, from a day until a day (null: until withdrawn), for a purpose. Live while not withdrawn and
 * today falls within its days.
 */
public record CareShare(UUID id, UUID clinicId, UUID clientId, UUID partnerAccountId, String partnerName,
		String partnerEmail, PartnerKind kind, Set<SharedPart> parts, String purpose, LocalDate startsOn,
		LocalDate endsOn, boolean notesToPortal, String grantedVia, UUID grantedBy, Instant grantedAt,
		Instant withdrawnAt) {

	public CareShare {
		// In the enum's order, so every list shows the parts the same way.
		parts = parts.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(parts));
	}

	public boolean liveOn(LocalDate day) {
		return withdrawnAt == null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	public boolean shares(SharedPart part) {
		return parts.contains(part);
	}
}
