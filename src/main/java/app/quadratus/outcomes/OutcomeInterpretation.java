package app.quadratus.outcomes;

import java.math.BigDecimal;

import app.quadratus.shared.InvalidFieldException;

/**
 * What scores mean, for the therapist's and the client's progress pages: the ODI band, the STarT Back
 * risk group with the care it calls for, a follow-up against the baseline, and whether a plan's goal
 * is met. Plain Java; every value is checked against the instrument's range, and a bad one is an
 * {@link InvalidFieldException} naming it ({@code score}, {@code baseline}, {@code followUp}, …).
 */
public class OutcomeInterpretation {

	private final InstrumentCatalogue catalogue;

	public OutcomeInterpretation(InstrumentCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The Fairbank band of an ODI percentage 0–100; 20.5 rounds half up to 21, so it is moderate. */
	public Band odiBand(BigDecimal percent) {
		Instrument odi = catalogue.instrument(OutcomeMeasure.ODI);
		checkScore(odi, percent, "score");
		return odi.band(percent).orElseThrow(() -> new IllegalStateException("odi instrument file has no band for "
				+ percent));
	}

	/** The Keele risk group of a STarT Back total (0–9) and distress subscale (0–5, never above the total). */
	public StartBackRisk startBackRisk(int total, int distress) {
		Instrument startBack = catalogue.instrument(OutcomeMeasure.STARTBACK);
		checkScore(startBack, BigDecimal.valueOf(total), "total");
		if (distress < 0 || distress > 5) {
			throw new InvalidFieldException("distress", "must be a whole number from 0 to 5");
		}
		if (distress > total) {
			throw new InvalidFieldException("distress", "cannot exceed the total, which includes it");
		}
		return StartBackRisk.classify(total, distress, startBack.parameter("lowRiskMaxTotal"),
				startBack.parameter("highRiskMinDistress"));
	}

	/**
	 * A follow-up score against the baseline: direction and whether the change reaches the minimal
	 * clinically important difference.
	 * @throws InvalidFieldException on {@code instrument} for STarT Back, which has no change rule, and on
	 * {@code baseline} or {@code followUp} when missing or outside the measure's range
	 */
	public Change compare(OutcomeMeasure measure, BigDecimal baseline, BigDecimal followUp) {
		Instrument instrument = withChangeRule(measure);
		checkScore(instrument, baseline, "baseline");
		checkScore(instrument, followUp, "followUp");
		return Change.between(instrument, baseline, followUp);
	}

	/** Whether a score meets a goal's target; the score must be one the goal's measure can take. */
	public boolean goalMet(OutcomeGoal goal, BigDecimal score) {
		checkScore(catalogue.instrument(goal.measure()), score, "score");
		return goal.isMetBy(score);
	}

	Instrument withChangeRule(OutcomeMeasure measure) {
		Instrument instrument = catalogue.instrument(measure);
		if (!instrument.hasChangeRule()) {
			throw new InvalidFieldException("instrument", instrument.title()
					+ " sorts clients into risk groups and has no rule for a change in score");
		}
		return instrument;
	}

	private static void checkScore(Instrument instrument, BigDecimal value, String field) {
		if (value == null) {
			throw new InvalidFieldException(field, "is required");
		}
		if (!instrument.scale().admits(value)) {
			throw new InvalidFieldException(field, "must be " + instrument.scale().describe() + " for the "
					+ instrument.title());
		}
	}
}
