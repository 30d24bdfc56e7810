package app.quadratus.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.CandidateMuscle;

/**
 * Evaluates one set of assessment findings, following clinical facts §4.6 exactly: red-flag triage, the
 * picture the findings fit, the urgency of referral, the candidate muscles and the safety-net advice.
 * Deterministic and stateless: the same input always gives the same result, whatever order its lists and
 * maps were filled in. Plain Java; thread-safe once built.
 */
public final class ScreeningEngine {

	/** At least this many candidate muscles are listed (the contract asks for three in a myofascial or deep-gluteal picture). */
	public static final int MINIMUM_CANDIDATES = 3;

	private final Atlas atlas;

	private final Map<String, String> citations;

	/** @throws IllegalStateException when the atlas lacks a region, muscle or source the rules rely on */
	public ScreeningEngine(Atlas atlas) {
		this.atlas = atlas;
		RegionGroups.checkAgainst(atlas);
		this.citations = SourceKeys.citations(atlas);
	}

	/** @throws IllegalArgumentException when a pain mark names a region the atlas does not know */
	public ScreeningResult evaluate(ScreeningInput input) {
		for (var mark : input.painMarks()) {
			if (atlas.region(mark.region()).isEmpty()) {
				// Silently ignoring it would drop pain from every rule; callers must use the atlas's ids.
				throw new IllegalArgumentException("unknown region id '" + mark.region() + "'");
			}
		}
		ClinicalSigns signs = new ClinicalSigns(input);
		Assessment assessment = new Assessment(citations);
		SeriousPathology pathology = SeriousPathology.of(signs);

		RedFlagTriage.apply(signs, pathology, assessment);
		List<CandidateMuscle> ranked = atlas.ranking().rank(signs.drawing, input.aggravatingFactors());
		Optional<CandidateMuscle> top = ranked.stream().findFirst().filter(candidate -> candidate.score() > 0);
		PainPattern pattern = PatternRules.decide(signs, pathology, top, assessment);
		RoutineReferralRules.apply(signs, assessment);

		List<CandidateMuscle> candidates = candidates(ranked, pattern == PainPattern.DEEP_GLUTEAL);
		CandidateMuscle first = candidates.get(0);
		if (first.score() > 0) {
			assessment.note("referral-map-match", "The pain drawing best fits the referral map of "
					+ first.muscle().name() + why(first) + ". A referral-map match is supporting evidence only: check"
					+ " it by palpation, and it never outweighs a red flag or a neurological finding.", "S1", "S20");
		}
		if (assessment.urgency() == Urgency.TREAT) {
			assessment.note("treat-within-exercise-package", "Nothing here needs a referral. NICE NG59 advises"
					+ " manual therapy, including massage, only as part of a package that includes exercise.",
					"S35c", "S35b");
		}
		return new ScreeningResult(assessment.urgency(), pattern, candidates, assessment.findings(),
				SafetyNetAdvice.forUrgency(assessment.urgency()), SafetyNetAdvice.DISCLAIMER);
	}

	/**
	 * Every muscle the drawing fits, best first, and never fewer than {@link #MINIMUM_CANDIDATES}; in a deep
	 * gluteal picture piriformis goes first (§4.6 rule 9: a piriformis-loading test is then always positive).
	 */
	private static List<CandidateMuscle> candidates(List<CandidateMuscle> ranked, boolean piriformisFirst) {
		List<CandidateMuscle> ordered = new ArrayList<>(ranked);
		boolean promoted = false;
		if (piriformisFirst) {
			for (int i = 0; i < ordered.size(); i++) {
				if (ordered.get(i).muscleId().equals(RegionGroups.PIRIFORMIS)) {
					ordered.add(0, ordered.remove(i));
					promoted = true;
					break;
				}
			}
		}
		long fitting = ordered.stream().filter(candidate -> candidate.score() > 0).count();
		if (promoted && ordered.get(0).score() == 0) {
			fitting++;
		}
		int count = (int) Math.min(ordered.size(), Math.max(MINIMUM_CANDIDATES, fitting));
		return List.copyOf(ordered.subList(0, count));
	}

	private static String why(CandidateMuscle candidate) {
		StringBuilder why = new StringBuilder();
		if (!candidate.matchedEssentialRegions().isEmpty()) {
			why.append(" (essential zones: ").append(String.join(", ", candidate.matchedEssentialRegions()));
		}
		if (!candidate.matchedSpilloverRegions().isEmpty()) {
			why.append(why.isEmpty() ? " (" : "; ").append("spillover zones: ")
				.append(String.join(", ", candidate.matchedSpilloverRegions()));
		}
		if (!candidate.matchingFactors().isEmpty()) {
			why.append("; fits what makes it worse: ")
				.append(ClinicalSigns.labels(candidate.matchingFactors()).toLowerCase());
		}
		return why.append(")").toString();
	}
}
