package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.decimal;
import static app.quadratus.outcomes.Outcomes.refusedField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeChangeTest {

	private static Change compare(OutcomeMeasure measure, String baseline, String followUp) {
		return Outcomes.INTERPRETATION.compare(measure, decimal(baseline), decimal(followUp));
	}

	@Test
	void contractExampleOdiFortyTwoToTwentyEight() {
		Change change = compare(OutcomeMeasure.ODI, "42.0", "28.0");

		assertThat(change.measure()).isEqualTo(OutcomeMeasure.ODI);
		assertThat(change.change()).isEqualByComparingTo("-14.0");
		assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
		assertThat(change.clinicallyImportant()).isTrue();
		assertThat(change.rule()).contains("at least 10 points").contains("reaches it");
		assertThat(change.loinc()).isEqualTo("97909-6");
	}

	@ParameterizedTest(name = "{0} {1} → {2}: {3}, important {4}")
	@CsvSource({
			// NPRS: 2 points or 30% of the baseline, either way; lower is better
			"nprs, 6, 4, improved, true",
			"nprs, 5, 4, improved, false",     // 1 point, 20%
			"nprs, 3, 2, improved, true",      // 1 point, 33%
			"nprs, 10, 8, improved, true",
			"nprs, 10, 9, improved, false",    // 10%
			"nprs, 4, 6, worsened, true",
			"nprs, 0, 1, worsened, false",     // the share of a baseline of 0 is undefined
			"nprs, 7, 7, unchanged, false",
			"nprs, 0, 0, unchanged, false",
			// ODI: 10 points, either way
			"odi, 42, 33, improved, false",
			"odi, 42, 32, improved, true",
			"odi, 30, 40, worsened, true",
			"odi, 35.6, 25.6, improved, true",
			"odi, 42.3, 32.4, improved, false",
			"odi, 20.5, 20.5, unchanged, false",
			// RMDQ: 5 points or 30% of the baseline
			"rmdq, 20, 15, improved, true",
			"rmdq, 20, 16, improved, false",   // 20%
			"rmdq, 10, 7, improved, true",     // exactly 30%
			"rmdq, 12, 9, improved, false",    // 25%
			"rmdq, 2, 3, worsened, true",      // 50% of a small baseline
			// PSFS: 2 points; higher is better
			"psfs, 3.33, 5.33, improved, true",
			"psfs, 4, 5.99, improved, false",
			"psfs, 6, 4, worsened, true",
			// LEFS: 9 points; higher is better
			"lefs, 40, 49, improved, true",
			"lefs, 40, 48, improved, false",
			"lefs, 60, 51, worsened, true",
			"lefs, 80, 80, unchanged, false" })
	void directionAndMinimalImportantChange(String id, String baseline, String followUp, String direction,
			boolean important) {
		Change change = compare(OutcomeMeasure.fromId(id).orElseThrow(), baseline, followUp);

		assertThat(change.direction().id()).isEqualTo(direction);
		assertThat(change.clinicallyImportant()).isEqualTo(important);
		assertThat(change.change()).isEqualByComparingTo(decimal(followUp).subtract(decimal(baseline)));
	}

	@Test
	void decimalScoresSubtractExactly() {
		// In doubles 42.3 - 32.3 is 9.999999999999996, which would miss the 10-point threshold.
		Change change = compare(OutcomeMeasure.ODI, "42.3", "32.3");

		assertThat(change.change()).isEqualByComparingTo("-10.0");
		assertThat(change.clinicallyImportant()).isTrue();
	}

	@Test
	void theRuleSaysWhetherPointsOrTheShareOfTheBaselineWereReached() {
		assertThat(compare(OutcomeMeasure.NPRS, "3", "2").rule()).contains("2 points or at least 30% of the baseline")
			.contains("33.3% of the baseline").contains("reaches it as a share of the baseline");
		assertThat(compare(OutcomeMeasure.NPRS, "8", "5").rule()).contains("reaches it in points");
		assertThat(compare(OutcomeMeasure.NPRS, "5", "4").rule()).contains("does not reach it");
		assertThat(compare(OutcomeMeasure.LEFS, "40", "40").rule()).contains("at least 9 points").contains("No change");
	}

	@Test
	void startBackHasNoChangeRule() {
		assertThat(refusedField(() -> compare(OutcomeMeasure.STARTBACK, "5", "2"))).isEqualTo("instrument");
	}

	@ParameterizedTest(name = "{0} {1} → {2} refuses {3}")
	@CsvSource({
			"lefs, 81, 40, baseline",
			"lefs, 40, -1, followUp",
			"lefs, 40.5, 41, baseline",
			"odi, 100.1, 40, baseline",
			"odi, 40, -0.5, followUp",
			"nprs, 11, 4, baseline",
			"nprs, 6.5, 4, baseline",
			"rmdq, 10, 25, followUp",
			"psfs, 3, 10.01, followUp" })
	void aScoreOutsideTheInstrumentsRangeIsRefusedByName(String id, String baseline, String followUp, String field) {
		assertThat(refusedField(() -> compare(OutcomeMeasure.fromId(id).orElseThrow(), baseline, followUp)))
			.isEqualTo(field);
	}

	@Test
	void aWholeNumberWithADecimalPointIsAcceptedForWholeNumberScales() {
		assertThat(compare(OutcomeMeasure.NPRS, "6.0", "4.0").clinicallyImportant()).isTrue();
	}

	@Test
	void aMissingScoreIsRefusedByName() {
		assertThat(refusedField(() -> Outcomes.INTERPRETATION.compare(OutcomeMeasure.ODI, null, decimal("3"))))
			.isEqualTo("baseline");
		assertThat(refusedField(() -> Outcomes.INTERPRETATION.compare(OutcomeMeasure.ODI, decimal("3"), null)))
			.isEqualTo("followUp");
	}
}
