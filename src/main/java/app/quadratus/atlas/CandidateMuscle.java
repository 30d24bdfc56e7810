package app.quadratus.atlas;

import java.util.List;

/**
 * A muscle whose referral map fits the pain drawing, with why: the reported regions that fell in its
 * essential and spillover zones, and the reported aggravating factors that match its activating activities.
 */
public record CandidateMuscle(Muscle muscle, double score, List<String> matchedEssentialRegions,
		List<String> matchedSpilloverRegions, List<AggravatingFactor> matchingFactors) {

	public CandidateMuscle {
		matchedEssentialRegions = List.copyOf(matchedEssentialRegions);
		matchedSpilloverRegions = List.copyOf(matchedSpilloverRegions);
		matchingFactors = List.copyOf(matchingFactors);
	}

	public String muscleId() {
		return muscle.id();
	}
}
