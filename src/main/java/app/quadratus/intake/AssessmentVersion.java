package app.quadratus.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One saved version of an assessment; never changed once written. Version 1 is the original; later
 * versions are amendments, each with its reason.
 *
 * A version is signed by its author as it is saved (the shared signed-record mechanism): {@code signedBy}
 * and {@code signedAt} are those of {@code createdBy} and {@code createdAt}, kept apart as for the other
 * signed records.
 *
 * @param contentSha256 the content hash stored with the version
 * @param contentVerified whether the stored findings and screening still hash to {@code contentSha256}
 * under the scheme the version was written with
 * @param amendReason null for version 1
 * @param createdBy the author's account; null for demo data written before anyone signed in
 * @param signedBy null where {@code createdBy} is
 */
public record AssessmentVersion(UUID id, UUID assessmentId, UUID clientId, int version, Instant assessedAt,
		AssessmentFindings findings, ScreeningSnapshot screening, String contentSha256, boolean contentVerified,
		String amendReason, UUID createdBy, Instant createdAt, UUID signedBy, Instant signedAt) {

	public boolean isAmendment() {
		return version > 1;
	}
}
