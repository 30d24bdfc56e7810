package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a plan as its author signed it when writing it; never changed after. Its agreement,
 * when the client gave one, is recorded beside it.
 *
 * @param agreement null while the client has not agreed this version
 * @param latestAgreed the newest version agreed up to this one (this one or an earlier); null if none
 */
public record PlanVersion(UUID id, UUID planId, UUID clientId, int version, PlanContent content, String contentSha256,
		UUID signedBy, Instant signedAt, PlanAgreement agreement, PlanAgreement latestAgreed) {

	public static final String AGREED = "agreed";

	public static final String AWAITING_AGREEMENT = "awaiting-agreement";

	public String status() {
		return agreement != null ? AGREED : AWAITING_AGREEMENT;
	}

	public PlanVersion withAgreement(PlanAgreement given) {
		return new PlanVersion(id, planId, clientId, version, content, contentSha256, signedBy, signedAt, given, given);
	}
}
