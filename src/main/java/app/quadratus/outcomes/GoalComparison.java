package app.quadratus.outcomes;

import java.math.BigDecimal;

/** How a goal's target reads: "ODI under 20%" is BELOW, "PSFS at least 7" is AT_LEAST. */
public enum GoalComparison {

	BELOW, AT_MOST, AT_LEAST, ABOVE;

	boolean holds(BigDecimal score, BigDecimal target) {
		int comparison = score.compareTo(target);
		switch (this) {
			case BELOW:
				return comparison < 0;
			case AT_MOST:
				return comparison <= 0;
			case AT_LEAST:
				return comparison >= 0;
			default:
				return comparison > 0;
		}
	}
}
