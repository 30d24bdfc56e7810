package app.quadratus.atlas;

import java.util.List;
import java.util.Set;

/**
 * A muscle whose trigger points can cause low back, buttock or leg pain, with what a therapist needs at the
 * table: its referral map (per part), what activates it, where and how to palpate, a self-stretch, and the
 * sources (keys into {@link Atlas#citation(String)}).
 *
 * @param satellites muscles in which this one is reported to seed satellite trigger points
 */
public record Muscle(String id, String name, List<MusclePart> parts, Set<AggravatingFactor> activatingFactors,
		String activities, String palpation, String selfStretch, List<String> satellites, List<String> sources) {

	public Muscle {
		parts = List.copyOf(parts);
		activatingFactors = Set.copyOf(activatingFactors);
		satellites = List.copyOf(satellites);
		sources = List.copyOf(sources);
	}

	/** The muscle-level map: the union of its parts, each region at its better weight (§2.3). */
	public ReferralMap referralMap() {
		return parts.stream().map(MusclePart::referralMap).reduce(ReferralMap::merge).orElseThrow();
	}
}
