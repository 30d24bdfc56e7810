package app.quadratus.intake;

import java.time.Instant;
import java.util.UUID;

import app.quadratus.screening.PainPattern;
import app.quadratus.screening.Urgency;

/** An assessment in the chart's list: its latest version's conclusion, without the findings. */
public record AssessmentSummary(UUID assessmentId, Instant assessedAt, int latestVersion, Urgency urgency,
		PainPattern pattern, UUID createdBy) {
}
