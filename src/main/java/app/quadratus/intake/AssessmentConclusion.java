package app.quadratus.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.quadratus.screening.PainPattern;
import app.quadratus.screening.Urgency;

/**
 * What the client's latest assessment concluded, for modules that act on it (homework suggestions,
 * the medical-clearance check) without reading intake's tables: its id, when, the urgency and pattern
 * of its latest version, and the candidate muscles ranked most likely first (possibly empty).
 */
public record AssessmentConclusion(UUID assessmentId, Instant assessedAt, Urgency urgency, PainPattern pattern,
		List<String> candidateMuscles) {

	public AssessmentConclusion {
		candidateMuscles = List.copyOf(candidateMuscles);
	}

	/** An emergency or urgent referral: the client must see a doctor before anything else is given. */
	public boolean awaitsMedicalClearance() {
		return urgency == Urgency.EMERGENCY_REFERRAL || urgency == Urgency.URGENT_REFERRAL;
	}
}
