package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Pain intensity 0 (none) to 10 (worst imaginable). */
@JsonPropertyOrder({ "instrument", "loinc", "score" })
public record NprsScore(int score, String loinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.NPRS;
	}

	@Override
	public BigDecimal value() {
		return BigDecimal.valueOf(score);
	}
}
