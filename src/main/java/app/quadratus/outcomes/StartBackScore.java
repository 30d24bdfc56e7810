package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Keele STarT Back.
 *
 * @param total agreed items plus item 9 when "very much" or "extremely", 0–9
 * @param distress the psychosocial subscale, items 5–9, 0–5
 * @param loinc the LOINC code of the total
 * @param distressLoinc LOINC code of the distress subscore; null if the data file names none
 * @param riskLoinc LOINC code of the risk level; null if the data file names none
 */
@JsonPropertyOrder({ "instrument", "loinc", "total", "distress", "risk", "distressLoinc", "riskLoinc" })
public record StartBackScore(int total, int distress, StartBackRisk risk, String loinc, String distressLoinc,
		String riskLoinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.STARTBACK;
	}

	@Override
	public BigDecimal value() {
		return BigDecimal.valueOf(total);
	}
}
