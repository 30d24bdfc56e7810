package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One completion on a client's progress chart, read against the baseline.
 *
 * @param band the ODI band's words; null for other measures
 * @param risk the STarT Back risk group; null for other measures
 * @param change follow-up minus baseline; null for the baseline and for STarT Back
 * @param direction null for the baseline and for STarT Back
 * @param goalMet null when the measure has no goal set
 */
public record ProgressPoint(UUID responseId, LocalDate date, BigDecimal score, String band, StartBackRisk risk,
		BigDecimal change, Direction direction, boolean clinicallyImportant, Boolean goalMet, boolean baseline) {

	/** The score as reported: whole numbers without ".00", ODI with one decimal, PSFS with two. */
	public String display(int decimals) {
		return score.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	public String changeDisplay(int decimals) {
		if (change == null) {
			return null;
		}
		String value = change.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
		return change.signum() > 0 ? "+" + value : value.replace('-', '−');
	}
}
