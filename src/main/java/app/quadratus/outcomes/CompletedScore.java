package app.quadratus.outcomes;

import java.math.BigDecimal;

/**
 * What a completed questionnaire scored and, for a follow-up, how it compares with the client's
 * first completion of the measure (the baseline), stored so that charts and reports read it directly.
 *
 * @param band the ODI band id; null for other measures
 * @param distress STarT Back distress subscale; null for other measures
 * @param risk STarT Back risk group id; null for other measures
 * @param baselineScore null for the baseline itself
 * @param importantImprovement null for a baseline and for measures with no change rule (STarT Back)
 */
public record CompletedScore(BigDecimal score, String band, Integer distress, String risk, boolean followUp,
		BigDecimal baselineScore, Boolean importantImprovement) {

	/** A score, compared with the baseline when there is one and the measure has a change rule. */
	static CompletedScore of(Score score, BigDecimal baseline, OutcomeInterpretation interpretation) {
		String band = score instanceof OdiScore odi ? odi.band().id() : null;
		Integer distress = score instanceof StartBackScore startBack ? startBack.distress() : null;
		String risk = score instanceof StartBackScore startBack ? startBack.risk().id() : null;
		if (baseline == null) {
			return new CompletedScore(score.value(), band, distress, risk, false, null, null);
		}
		Boolean important = null;
		if (score.measure() != OutcomeMeasure.STARTBACK) {
			Change change = interpretation.compare(score.measure(), baseline, score.value());
			important = change.direction() == Direction.IMPROVED && change.clinicallyImportant();
		}
		return new CompletedScore(score.value(), band, distress, risk, true, baseline, important);
	}
}
