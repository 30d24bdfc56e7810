package app.quadratus.outcomes;

import java.math.BigDecimal;

/**
 * The smallest change a client would call important (MCID), in points and, for some measures, as a
 * share of the baseline. It counts in either direction: a worsening that large matters as much.
 *
 * @param percentOfBaseline null where only points count (ODI, PSFS, LEFS)
 * @param source where the threshold comes from, for the rule text shown to therapists
 */
public record MinimalImportantChange(BigDecimal points, BigDecimal percentOfBaseline, String source) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Whether a change from this baseline reaches the threshold. No change never does; the share of a
	 * baseline of 0 is undefined, so then only points count.
	 */
	public boolean reachedBy(BigDecimal baseline, BigDecimal change) {
		return reachedByPoints(change) || reachedByShare(baseline, change);
	}

	boolean reachedByPoints(BigDecimal change) {
		return change.signum() != 0 && change.abs().compareTo(points) >= 0;
	}

	boolean reachedByShare(BigDecimal baseline, BigDecimal change) {
		// |change| / baseline >= p% compared as |change| * 100 >= p * baseline: exact, no division.
		return percentOfBaseline != null && baseline.signum() > 0 && change.signum() != 0
				&& change.abs().multiply(HUNDRED).compareTo(percentOfBaseline.multiply(baseline)) >= 0;
	}

	/** "at least 2 points or at least 30% of the baseline, either way". */
	public String describe() {
		String threshold = "at least " + plain(points) + " points";
		if (percentOfBaseline != null) {
			threshold += " or at least " + plain(percentOfBaseline) + "% of the baseline";
		}
		return threshold + ", either way";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
