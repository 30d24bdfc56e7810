package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Lower Extremity Functional Scale total, 0–80; higher is better. */
@JsonPropertyOrder({ "instrument", "loinc", "score" })
public record LefsScore(int score, String loinc) implements Score {

	@Override
	public OutcomeMeasure measure() {
		return OutcomeMeasure.LEFS;
	}

	@Override
	public BigDecimal value() {
		return BigDecimal.valueOf(score);
	}
}
