package app.quadratus.careteam.internal;

import java.time.Instant;
import java.util.UUID;

/** A partner's short note back to the clinic, written through one share. */
public record CareNote(UUID id, UUID clinicId, UUID clientId, UUID shareId, UUID partnerAccountId, String partnerName,
		String body, Instant writtenAt) {
}
