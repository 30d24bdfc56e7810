package app.quadratus.outcomes;

import java.math.BigDecimal;

/** Which way a score gets better: disability and pain go down, function goes up. */
public enum Polarity {

	LOWER_IS_BETTER, HIGHER_IS_BETTER;

	/** The direction of a follow-up score relative to the baseline. */
	public Direction directionOf(BigDecimal baseline, BigDecimal followUp) {
		int comparison = followUp.compareTo(baseline);
		if (comparison == 0) {
			return Direction.UNCHANGED;
		}
		boolean wentDown = comparison < 0;
		return wentDown == (this == LOWER_IS_BETTER) ? Direction.IMPROVED : Direction.WORSENED;
	}
}
