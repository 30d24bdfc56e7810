package app.quadratus.screening;

import java.util.List;

import app.quadratus.atlas.CandidateMuscle;

/**
 * What the screening suggests: how urgently to refer, the picture the findings fit, the muscles whose
 * referral maps fit the drawing (best first), every rule that fired, and the advice to give the client.
 * It supports a decision; it is not a diagnosis.
 */
public record ScreeningResult(Urgency urgency, PainPattern pattern, List<CandidateMuscle> candidateMuscles,
		List<Finding> findings, String safetyNet, String disclaimer) {

	public ScreeningResult {
		candidateMuscles = List.copyOf(candidateMuscles);
		findings = List.copyOf(findings);
	}
}
