package app.quadratus.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.Muscle;
import app.quadratus.intake.ScreeningSnapshot.Candidate;

/**
 * The screening panel beside the findings: the snapshot, the first candidate muscles with their referral
 * maps and palpation advice, and the rest by name. A muscle already palpated stays in full view, so its
 * recorded response is never lost when the ranking moves it down.
 */
public record ScreeningPanel(ScreeningSnapshot screening, List<CandidateView> candidates, List<Candidate> alsoFits) {

	/** How many candidates are shown with their maps; the contract asks for at least three. */
	static final int SHOWN_IN_FULL = 3;

	/** @param matched the drawing's regions in the muscle's map, as labels ("lateral thigh, lower buttock") */
	public record CandidateView(Candidate candidate, Muscle muscle, List<BodyChartDrawing.View> referralMap,
			String matched, String palpation) {
	}

	static ScreeningPanel of(ScreeningSnapshot screening, Map<String, PalpationResponse> palpation, Atlas atlas) {
		List<CandidateView> full = new ArrayList<>();
		List<Candidate> rest = new ArrayList<>();
		for (Candidate candidate : screening.candidates()) {
			boolean palpated = palpation.containsKey(candidate.muscleId());
			Muscle muscle = atlas.muscle(candidate.muscleId()).orElse(null);
			if (muscle != null && (full.size() < SHOWN_IN_FULL || palpated)) {
				PalpationResponse response = palpation.get(candidate.muscleId());
				full.add(new CandidateView(candidate, muscle, BodyChartDrawing.referralMap(atlas, muscle),
						matched(candidate, atlas), response == null ? "" : response.name()));
			}
			else if (candidate.score() > 0) {
				rest.add(candidate);
			}
		}
		return new ScreeningPanel(screening, List.copyOf(full), List.copyOf(rest));
	}

	private static String matched(Candidate candidate, Atlas atlas) {
		List<String> regions = new ArrayList<>(candidate.matchedEssentialRegions());
		regions.addAll(candidate.matchedSpilloverRegions());
		return String.join(", ", regions.stream()
			.map(id -> atlas.region(id).map(r -> r.label()).orElse(id))
			.toList());
	}
}
