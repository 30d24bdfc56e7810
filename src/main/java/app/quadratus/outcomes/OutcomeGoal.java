package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measurable goal of a treatment plan, e.g. "ODI from 38% to under 20%": the measure, which side of
 * the target counts, and the target.
 */
public record OutcomeGoal(OutcomeMeasure measure, GoalComparison comparison, BigDecimal target) {

	public OutcomeGoal {
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(target, "target");
	}

	/** "Reach this score or better": at most the target where lower is better, else at least. */
	public static OutcomeGoal reach(Instrument instrument, BigDecimal target) {
		GoalComparison comparison = instrument.polarity() == Polarity.LOWER_IS_BETTER ? GoalComparison.AT_MOST
				: GoalComparison.AT_LEAST;
		return new OutcomeGoal(instrument.measure(), comparison, target);
	}

	/** Whether a score of this goal's measure meets the target. */
	public boolean isMetBy(BigDecimal score) {
		return comparison.holds(score, target);
	}
}
