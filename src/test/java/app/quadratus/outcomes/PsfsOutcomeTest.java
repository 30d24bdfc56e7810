package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PsfsOutcomeTest {

	private static String ratings(String... ratings) {
		return Arrays.stream(ratings).map(r -> "{'activity': 'sitting for an hour', 'rating': " + r + "}")
			.collect(Collectors.joining(",", "[", "]"));
	}

	private static PsfsScore psfs(String answers) {
		return (PsfsScore) score(OutcomeMeasure.PSFS, answers);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', value = {
			"3,5,8; 5.33",        // 16/3 = 5.333…
			"2,3,3; 2.67",        // 8/3 = 2.666… rounds up
			"0,0,0; 0.00",
			"10,10,10; 10.00",
			"1,2,3,4; 2.50",
			"10,10,10,10,9; 9.80",
			"1,0,0; 0.33",        // 1/3
			"2,0,0; 0.67" })      // 2/3
	void theScoreIsTheMeanToTwoDecimalsHalfUp(String ratings, String mean) {
		PsfsScore score = psfs(ratings(ratings.split(",")));

		assertThat(score.score()).isEqualByComparingTo(mean);
		assertThat(score.score().scale()).isEqualTo(2);
		assertThat(score.activities()).isEqualTo(ratings.split(",").length);
	}

	@Test
	void fewerThanThreeOrMoreThanFiveActivitiesAreRefused() {
		assertThat(refusedField(() -> psfs(ratings("3", "4")))).isEqualTo("answers");
		assertThat(refusedField(() -> psfs(ratings("3", "4", "5", "6", "7", "8")))).isEqualTo("answers");
		assertThat(refusedField(() -> psfs("[]"))).isEqualTo("answers");
	}

	@Test
	void aRatingOutsideZeroToTenIsRefusedByActivity() {
		assertThat(refusedField(() -> psfs(ratings("3", "11", "5")))).isEqualTo("answers[1].rating");
		assertThat(refusedField(() -> psfs(ratings("3", "4", "-1")))).isEqualTo("answers[2].rating");
		assertThat(refusedField(() -> psfs(ratings("3", "'4'", "5")))).isEqualTo("answers[1].rating");
		assertThat(refusedField(() -> psfs("[{'activity': 'a', 'rating': 3}, {'activity': 'b'}, {'activity': 'c', 'rating': 3}]")))
			.isEqualTo("answers[1].rating");
	}

	@Test
	void anActivityMustBeAnObjectWhoseNameIsText() {
		assertThat(refusedField(() -> psfs("[3, 4, 5]"))).isEqualTo("answers[0]");
		assertThat(refusedField(() -> psfs("[{'activity': 5, 'rating': 3}, {'rating': 3}, {'rating': 3}]")))
			.isEqualTo("answers[0].activity");
	}
}
