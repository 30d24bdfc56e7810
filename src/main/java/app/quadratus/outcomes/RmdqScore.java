package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Roland-Morris: the number of the 24 statements that apply today, 0–24. */
@JsonPropertyOrder({ "instrument", "loinc", "score" })
public record RmdqScore(int score, String loinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.RMDQ;
	}

	@Override
	public BigDecimal value() {
		return BigDecimal.valueOf(score);
	}
}
