package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A follow-up score compared with the baseline.
 *
 * @param loinc LOINC code of the measure's score; null where it has none
 * @param change follow-up minus baseline (negative when the score went down)
 * @param rule the minimal clinically important difference applied and whether it was reached, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "instrument", "loinc", "baseline", "followUp", "change", "direction", "clinicallyImportant",
		"rule" })
public record Change(@JsonProperty("instrument") OutcomeMeasure measure, String loinc, BigDecimal baseline,
		BigDecimal followUp, BigDecimal change, Direction direction, boolean clinicallyImportant, String rule) {

	/** Compares two scores of an instrument that has a change rule, both already checked against its scale. */
	static Change between(Instrument instrument, BigDecimal baseline, BigDecimal followUp) {
		MinimalImportantChange mcid = instrument.minimalImportantChange();
		BigDecimal change = followUp.subtract(baseline);
		boolean important = mcid.reachedBy(baseline, change);
		String rule = instrument.title() + " (" + instrument.measure().id() + "): a clinically important change is "
				+ mcid.describe() + " (" + mcid.source() + "). " + verdict(mcid, baseline, change, important);
		return new Change(instrument.measure(), instrument.loinc(), baseline, followUp, change,
				instrument.polarity().directionOf(baseline, followUp), important, rule);
	}

	private static String verdict(MinimalImportantChange mcid, BigDecimal baseline, BigDecimal change,
			boolean important) {
		if (change.signum() == 0) {
			return "No change.";
		}
		BigDecimal points = change.abs();
		String size = "A change of " + MinimalImportantChange.plain(points)
				+ (points.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
		if (mcid.percentOfBaseline() != null && baseline.signum() > 0) {
			BigDecimal share = change.abs().multiply(BigDecimal.valueOf(100)).divide(baseline, 1, RoundingMode.DOWN);
			// Shown rounded down so that 29.96% never reads as a threshold of 30% reached.
			size += " (" + MinimalImportantChange.plain(share) + "% of the baseline)";
		}
		if (!important) {
			return size + " does not reach it.";
		}
		return size + (mcid.reachedByPoints(change) ? " reaches it in points." : " reaches it as a share of the baseline.");
	}
}
