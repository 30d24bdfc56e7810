package app.quadratus.intake;

import java.util.List;

import app.quadratus.atlas.CandidateMuscle;
import app.quadratus.screening.Finding;
import app.quadratus.screening.PainPattern;
import app.quadratus.screening.ScreeningResult;
import app.quadratus.screening.Urgency;

/**
 * The screening exactly as the therapist saw it when saving, so a saved assessment reads the same after
 * the engine or atlas changes. Candidate muscles keep their id (for the atlas's palpation text and
 * referral map) and why they matched.
 */
public record ScreeningSnapshot(Urgency urgency, PainPattern pattern, List<Finding> findings,
		List<Candidate> candidates, String safetyNet, String disclaimer, String atlasVersion) {

	public ScreeningSnapshot {
		findings = List.copyOf(findings);
		candidates = List.copyOf(candidates);
	}

	public record Candidate(String muscleId, String name, double score, List<String> matchedEssentialRegions,
			List<String> matchedSpilloverRegions) {
	}

	static ScreeningSnapshot of(ScreeningResult result, String atlasVersion) {
		return new ScreeningSnapshot(result.urgency(), result.pattern(), result.findings(),
				result.candidateMuscles().stream().map(ScreeningSnapshot::candidate).toList(), result.safetyNet(),
				result.disclaimer(), atlasVersion);
	}

	private static Candidate candidate(CandidateMuscle c) {
		return new Candidate(c.muscleId(), c.muscle().name(), c.score(), c.matchedEssentialRegions(),
				c.matchedSpilloverRegions());
	}

	/** Anything but "treat" sends the client to a doctor, and then a referral letter is offered. */
	public boolean referral() {
		return urgency != Urgency.TREAT;
	}

	public boolean emergency() {
		return urgency == Urgency.EMERGENCY_REFERRAL;
	}
}
