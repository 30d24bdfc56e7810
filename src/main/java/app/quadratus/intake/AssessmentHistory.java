package app.quadratus.intake;

import java.util.List;
import java.util.Optional;

/**
 * Every version of one assessment, oldest first. The latest is the current record; the earlier ones stay
 * readable, as the record-keeping standards require of amended entries.
 */
public record AssessmentHistory(List<AssessmentVersion> versions, Optional<AssessmentVersion> previousAssessment) {

	public AssessmentHistory {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("an assessment has at least one version");
		}
		versions = List.copyOf(versions);
	}

	public AssessmentVersion latest() {
		return versions.get(versions.size() - 1);
	}

	public AssessmentVersion original() {
		return versions.get(0);
	}

	/** The numbered version, or the latest when the number is null or unknown. */
	public AssessmentVersion version(Integer number) {
		return versions.stream().filter(v -> number != null && v.version() == number).findFirst().orElse(latest());
	}
}
