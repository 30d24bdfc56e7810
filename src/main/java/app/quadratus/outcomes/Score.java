package app.quadratus.outcomes;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scored questionnaire. Each measure has its own shape (ODI adds a band and the sections answered,
 * STarT Back a subscale and a risk group); all say which instrument they belong to and its LOINC code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Score permits NprsScore, OdiScore, RmdqScore, StartBackScore, PsfsScore, LefsScore {

	@JsonProperty("instrument")
	OutcomeMeasure measure();

	/** LOINC code of the score; null where the measure has none. */
	String loinc();

	/** The one number to chart over time and compare with a baseline (STarT Back: its total). */
	@JsonIgnore
	BigDecimal value();
}
