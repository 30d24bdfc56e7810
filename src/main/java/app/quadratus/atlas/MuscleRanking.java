package app.quadratus.atlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks muscles for a pain drawing (clinical facts §2.3 and §4.6 rule 9): score = Σ intensity × 2 for a
 * painful region in an essential zone, × 1 in a spillover zone, a muscle with parts taking the better weight
 * per region. Ties go to the muscle whose activating activities match more of the reported aggravating
 * factors (§4.6), then to the one whose essential zones are more fully covered by the drawing (our
 * addition: a fuller match of the expected pattern is the stronger hint), then to atlas order, so the result
 * never depends on input order. Method and limits: docs/clinical/ranking.md.
 */
public final class MuscleRanking {

	private static final Comparator<Scored> BEST_FIRST = Comparator
		.comparingDouble((Scored s) -> s.candidate.score()).reversed()
		.thenComparing(Comparator.comparingInt((Scored s) -> s.candidate.matchingFactors().size()).reversed())
		.thenComparing(Comparator.comparingDouble(Scored::essentialCoverage).reversed())
		.thenComparingInt(Scored::atlasOrder);

	private final List<Entry> entries = new ArrayList<>();

	MuscleRanking(Collection<Muscle> muscles) {
		// Merged once here: ranking is on the request path and the maps never change.
		for (Muscle muscle : muscles) {
			// Vocabulary order, so matching factors always list the same way.
			List<AggravatingFactor> activating = muscle.activatingFactors().stream().sorted().toList();
			entries.add(new Entry(muscle, muscle.referralMap(), activating, entries.size()));
		}
	}

	/** Every muscle of the atlas, best fit first; muscles matching nothing score 0 and come last. */
	public List<CandidateMuscle> rank(PainDrawing drawing, Set<AggravatingFactor> factors) {
		List<Scored> scored = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			scored.add(score(entry, drawing, factors));
		}
		scored.sort(BEST_FIRST);
		return scored.stream().map(Scored::candidate).toList();
	}

	private static Scored score(Entry entry, PainDrawing drawing, Set<AggravatingFactor> factors) {
		Muscle muscle = entry.muscle();
		ReferralMap map = entry.map();
		int score = 0;
		List<String> essential = new ArrayList<>();
		List<String> spillover = new ArrayList<>();
		for (String region : drawing.regions()) {
			int weight = map.weight(region);
			score += weight * drawing.intensity(region);
			if (weight == ReferralMap.ESSENTIAL_WEIGHT) {
				essential.add(region);
			}
			else if (weight == ReferralMap.SPILLOVER_WEIGHT) {
				spillover.add(region);
			}
		}
		List<AggravatingFactor> matching = new ArrayList<>(2);
		for (AggravatingFactor factor : entry.activatingFactors()) {
			if (factors.contains(factor)) {
				matching.add(factor);
			}
		}
		double coverage = (double) essential.size() / map.essential().size();
		return new Scored(new CandidateMuscle(muscle, score, essential, spillover, matching), coverage,
				entry.atlasOrder());
	}

	private record Entry(Muscle muscle, ReferralMap map, List<AggravatingFactor> activatingFactors, int atlasOrder) {
	}

	private record Scored(CandidateMuscle candidate, double essentialCoverage, int atlasOrder) {
	}
}
