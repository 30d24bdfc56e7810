package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The range of an instrument's score and the decimals it is reported with (ODI 1, PSFS 2, others
 * whole numbers). Rounding is always half up on exact decimals, never on doubles.
 */
public record Scale(int min, int max, int decimals) {

	public Scale {
		if (min > max || decimals < 0) {
			throw new IllegalArgumentException("a scale needs min <= max and decimals >= 0");
		}
	}

	public boolean contains(BigDecimal value) {
		return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
	}

	/** Whether a score of this measure can take this value: in range, and whole if the scale is. */
	public boolean admits(BigDecimal value) {
		return contains(value) && (decimals > 0 || isWhole(value));
	}

	public BigDecimal round(BigDecimal value) {
		return value.setScale(decimals, RoundingMode.HALF_UP);
	}

	/** "0 to 100" or "a whole number from 0 to 24". */
	public String describe() {
		return decimals == 0 ? "a whole number from " + min + " to " + max : "a number from " + min + " to " + max;
	}

	static boolean isWhole(BigDecimal value) {
		return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}
}
