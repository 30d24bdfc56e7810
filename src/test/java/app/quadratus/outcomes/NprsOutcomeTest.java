package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NprsOutcomeTest {

	@ParameterizedTest
	@ValueSource(ints = { 0, 7, 10 })
	void theRatingIsTheScore(int rating) {
		NprsScore score = (NprsScore) score(OutcomeMeasure.NPRS, "{'score': " + rating + "}");

		assertThat(score.score()).isEqualTo(rating);
		assertThat(score.loinc()).isEqualTo("72514-3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "-1", "7.5", "'7'", "null", "false" })
	void aRatingOutsideZeroToTenIsRefused(String rating) {
		assertThat(refusedField(() -> score(OutcomeMeasure.NPRS, "{'score': " + rating + "}")))
			.isEqualTo("answers.score");
	}

	@Test
	void aMissingRatingIsRefused() {
		assertThat(refusedField(() -> score(OutcomeMeasure.NPRS, "{}"))).isEqualTo("answers.score");
	}

	@Test
	void anUnknownItemIsRefused() {
		assertThat(refusedField(() -> score(OutcomeMeasure.NPRS, "{'score': 3, 'worst': 7}"))).isEqualTo("answers.worst");
	}
}
