package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.shared.signed.ContentHash;
import tools.jackson.databind.JsonNode;

/** Reads one entry of the release log, naming every bad field. */
public final class ReleaseReader {

	/** A valid release as sent, and the hash of its values that tells a retry from a different request. */
	public record Read(TriggerPointRelease release, String requestSha256) {
	}

	private final Atlas atlas;

	private final FieldReader fields = new FieldReader();

	public ReleaseReader(Atlas atlas) {
		this.atlas = atlas;
	}

	public Read read(JsonNode body, UUID sessionId, UUID by, Instant at) {
		if (body == null || !body.isObject()) {
			fields.problem("body", "must be a JSON object");
			fields.done();
		}
		String muscle = fields.text(body.get("muscle"), "muscle", 60, true);
		if (muscle != null && atlas.muscle(muscle).isEmpty()) {
			fields.problem("muscle", "is not a known muscle id");
		}
		BodySide side = fields.term(BodySide.class, body.get("side"), "side", true);
		String point = fields.text(body.get("point"), "point", 120, false);
		Integer pressure = fields.integer(body.get("pressure"), "pressure", 0, 10, true);
		Integer hold = fields.integer(body.get("holdSeconds"), "holdSeconds", 1, 600, true);
		Integer before = fields.integer(body.get("referredPainBefore"), "referredPainBefore", 0, 10, true);
		Integer after = fields.integer(body.get("referredPainAfter"), "referredPainAfter", 0, 10, true);
		ReleaseOutcome outcome = fields.term(ReleaseOutcome.class, body.get("outcome"), "outcome", true);
		String clientSaid = fields.text(body.get("clientSaid"), "clientSaid", 500, false);
		fields.done();
		String hash = ContentHash.of(muscle, side.id(), point, pressure.toString(), hold.toString(), before.toString(),
				after.toString(), outcome.id(), clientSaid);
		return new Read(new TriggerPointRelease(UUID.randomUUID(), sessionId, muscle, side, point, pressure, hold, before,
				after, outcome, clientSaid, by, at), hash);
	}
}
