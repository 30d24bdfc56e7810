package app.quadratus.treatment;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a therapist signs a treatment session. Carries ids and times only, never clinical
 * content.
 *
 * @param planId the plan the session followed; null for a session outside a plan
 */
public record SessionSigned(UUID clinicId, UUID clientId, UUID sessionId, UUID planId, Instant startedAt,
		Instant signedAt) {
}
