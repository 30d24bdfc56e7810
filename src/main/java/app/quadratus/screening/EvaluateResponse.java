package app.quadratus.screening;

import java.util.List;

import app.quadratus.atlas.AggravatingFactor;
import app.quadratus.atlas.CandidateMuscle;
import app.quadratus.atlas.Term;

/**
 * The evaluate answer, with the contract's field names. Fields beyond the contract (name, the matched
 * regions and factors, palpation, atlasVersion) are additions, which the contract allows.
 */
record EvaluateResponse(String urgency, String pattern, List<Candidate> candidateMuscles, List<Finding> findings,
		String safetyNet, String disclaimer, String atlasVersion) {

	static EvaluateResponse of(ScreeningResult result, String atlasVersion) {
		return new EvaluateResponse(result.urgency().id(), result.pattern().id(),
				result.candidateMuscles().stream().map(Candidate::of).toList(), result.findings(), result.safetyNet(),
				result.disclaimer(), atlasVersion);
	}

	record Candidate(String muscle, String name, double score, List<String> essentialRegions,
			List<String> spilloverRegions, List<String> matchedEssentialRegions, List<String> matchedSpilloverRegions,
			List<String> matchingAggravatingFactors, String palpation) {

		static Candidate of(CandidateMuscle candidate) {
			var map = candidate.muscle().referralMap();
			return new Candidate(candidate.muscleId(), candidate.muscle().name(), candidate.score(),
					List.copyOf(map.essential()), List.copyOf(map.spillover()), candidate.matchedEssentialRegions(),
					candidate.matchedSpilloverRegions(),
					candidate.matchingFactors().stream().map(AggravatingFactor::id).toList(),
					candidate.muscle().palpation());
		}
	}

	record TermView(String id, String label) {

		static List<TermView> of(Term[] terms) {
			return java.util.Arrays.stream(terms).map(term -> new TermView(term.id(), term.label())).toList();
		}
	}
}
