package app.quadratus.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One saved version of an assessment; never changed once written. Version 1 is the original; later
 * versions are amendments, each with its reason.
 *
 * @param amendReason null for version 1
 * @param createdBy the author's account; null for demo data written before anyone signed in
 */
public record AssessmentVersion(UUID id, UUID assessmentId, UUID clientId, int version, Instant assessedAt,
		AssessmentFindings findings, ScreeningSnapshot screening, String contentSha256, String amendReason,
		UUID createdBy, Instant createdAt) {

	public boolean isAmendment() {
		return version > 1;
	}
}
