package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Oswestry Disability Index.
 *
 * @param score percent 0–100, one decimal, rounded half up
 * @param answered how many of the 10 sections were answered (8 to 10)
 */
@JsonPropertyOrder({ "instrument", "loinc", "score", "band", "answered" })
public record OdiScore(BigDecimal score, Band band, int answered, String loinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.ODI;
	}

	@Override
	public BigDecimal value() {
		return score;
	}
}
