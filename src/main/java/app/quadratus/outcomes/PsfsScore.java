package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Patient-Specific Functional Scale.
 *
 * @param score mean rating of the 3–5 activities, two decimals, rounded half up; higher is better
 * @param activities the number of activities rated
 */
@JsonPropertyOrder({ "instrument", "loinc", "score", "activities" })
public record PsfsScore(BigDecimal score, int activities, String loinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.PSFS;
	}

	@Override
	public BigDecimal value() {
		return score;
	}
}
