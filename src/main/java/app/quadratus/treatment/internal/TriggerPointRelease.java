package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.UUID;

import app.quadratus.atlas.BodySide;

/**
 * One entry of the trigger point release log: which point of which muscle, the pressure on the
 * client's comfort scale (0 to 10), how long it was held, the referred pain before and after, what the
 * client said and whether it released.
 *
 * @param point where on the muscle, e.g. "mid-belly"; may be null
 * @param clientSaid the client's words; may be null
 */
public record TriggerPointRelease(UUID id, UUID sessionId, String muscle, BodySide side, String point, int pressure,
		int holdSeconds, int referredPainBefore, int referredPainAfter, ReleaseOutcome outcome, String clientSaid,
		UUID recordedBy, Instant recordedAt) {
}
