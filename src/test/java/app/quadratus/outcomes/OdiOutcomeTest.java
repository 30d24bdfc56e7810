package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.decimal;
import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdiOutcomeTest {

	private static final String[] SECTIONS = { "pain_intensity", "personal_care", "lifting", "walking", "sitting",
			"standing", "sleeping", "sex_life", "social_life", "travelling" };

	private static OdiScore odi(String answers) {
		return (OdiScore) score(OutcomeMeasure.ODI, answers);
	}

	/** Ten sections with these values in form order; "-" leaves a section out, "null" sends null. */
	private static String sections(String... values) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < values.length; i++) {
			if (!values[i].equals("-")) {
				json.append(json.length() > 1 ? "," : "").append('\'').append(SECTIONS[i]).append("':").append(values[i]);
			}
		}
		return json.append('}').toString();
	}

	@Test
	void contractExampleWithSexLifeUnansweredDividesByFortyFive() {
		// 2+1+3+1+2+2+1+2+2 = 16 of 9 × 5 = 45 → 35.555… → 35.6
		OdiScore score = odi("{'pain_intensity': 2, 'personal_care': 1, 'lifting': 3, 'walking': 1, 'sitting': 2,"
				+ " 'standing': 2, 'sleeping': 1, 'sex_life': null, 'social_life': 2, 'travelling': 2}");

		assertThat(score.score()).isEqualByComparingTo("35.6");
		assertThat(score.score().scale()).isEqualTo(1);
		assertThat(score.band().id()).isEqualTo("moderate");
		assertThat(score.answered()).isEqualTo(9);
		assertThat(score.loinc()).isEqualTo("97909-6");
		assertThat(score.measure()).isEqualTo(OutcomeMeasure.ODI);
	}

	@ParameterizedTest(name = "{0} → {1}% {2}")
	@CsvSource({
			"0,0,0,0,0,0,0,0,0,0, 0.0, minimal",
			"2,1,1,1,1,1,1,1,1,0, 20.0, minimal",
			"2,1,1,1,1,1,1,1,1,1, 22.0, moderate",
			"2,2,2,2,2,2,2,2,2,2, 40.0, moderate",
			"3,2,2,2,2,2,2,2,2,2, 42.0, severe",
			"3,3,3,3,3,3,3,3,3,3, 60.0, severe",
			"4,3,3,3,3,3,3,3,3,3, 62.0, crippled",
			"4,4,4,4,4,4,4,4,4,4, 80.0, crippled",
			"5,4,4,4,4,4,4,4,4,4, 82.0, bed-bound",
			"5,5,5,5,5,5,5,5,5,5, 100.0, bed-bound" })
	void allTenSectionsDivideByFifty(String a, String b, String c, String d, String e, String f, String g, String h,
			String i, String j, String percent, String band) {
		OdiScore score = odi(sections(a, b, c, d, e, f, g, h, i, j));

		assertThat(score.score()).isEqualByComparingTo(percent);
		assertThat(score.band().id()).isEqualTo(band);
		assertThat(score.answered()).isEqualTo(10);
	}

	@Test
	void fortyOneOfFiftyIsExactlyEightyTwo() {
		assertThat(odi(sections("5", "5", "5", "5", "5", "5", "5", "5", "1", "0")).score()).isEqualByComparingTo("82.0");
	}

	@Test
	void nineSectionsRoundToOneDecimalHalfUp() {
		// 8/45 = 17.777… → 17.8 (up); 1/45 = 2.222… → 2.2 (down); 19/45 = 42.222… → 42.2 severe
		assertThat(odi(sections("2", "1", "1", "1", "1", "1", "1", "-", "0", "0")).score()).isEqualByComparingTo("17.8");
		assertThat(odi(sections("1", "0", "0", "0", "0", "0", "0", "null", "0", "0")).score()).isEqualByComparingTo("2.2");
		OdiScore severe = odi(sections("5", "5", "5", "4", "0", "0", "0", "-", "0", "0"));
		assertThat(severe.score()).isEqualByComparingTo("42.2");
		assertThat(severe.band().id()).isEqualTo("severe");
	}

	@Test
	void eightSectionsDivideByForty() {
		// 9/40 = 22.5; 17/40 = 42.5
		OdiScore moderate = odi(sections("2", "1", "1", "1", "1", "1", "1", "-", "1", "null"));
		assertThat(moderate.score()).isEqualByComparingTo("22.5");
		assertThat(moderate.band().id()).isEqualTo("moderate");
		assertThat(moderate.answered()).isEqualTo(8);
		assertThat(odi(sections("5", "5", "5", "2", "0", "0", "0", "-", "0", "null")).score()).isEqualByComparingTo("42.5");
	}

	@Test
	void anAbsentSectionAndANullSectionBothCountAsUnanswered() {
		OdiScore absent = odi(sections("3", "3", "3", "3", "3", "3", "3", "-", "3", "3"));
		OdiScore nulled = odi(sections("3", "3", "3", "3", "3", "3", "3", "null", "3", "3"));

		assertThat(absent).isEqualTo(nulled);
		assertThat(absent.score()).isEqualByComparingTo("60.0");
	}

	@Test
	void fewerThanEightSectionsAnsweredIsRefused() {
		assertThat(refusedField(() -> odi(sections("3", "3", "3", "3", "3", "3", "3", "-", "null", "-"))))
			.isEqualTo("answers");
		assertThat(refusedField(() -> odi("{}"))).isEqualTo("answers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "6", "-1", "2.5", "'3'", "true", "[3]", "{}" })
	void aSectionOutsideZeroToFiveIsRefusedByName(String lifting) {
		assertThat(refusedField(() -> odi(sections("2", "1", lifting, "1", "2", "2", "1", "null", "2", "2"))))
			.isEqualTo("answers.lifting");
	}

	@Test
	void aWholeNumberWrittenWithADecimalPointIsThatNumber() {
		assertThat(odi(sections("3.0", "3", "3", "3", "3", "3", "3", "3", "3", "3")).score()).isEqualByComparingTo("60.0");
	}

	@Test
	void anUnknownSectionIsRefusedRatherThanIgnored() {
		assertThat(refusedField(() -> odi(sections("2", "1", "1", "1", "2", "2", "1", "0", "2", "2")
			.replace("lifting", "lifitng")))).isEqualTo("answers.lifitng");
	}

	@Test
	void answersThatAreNotAnObjectAreRefused() {
		assertThat(refusedField(() -> score(OutcomeMeasure.ODI, "[1,2,3]"))).isEqualTo("answers");
		assertThat(refusedField(() -> Outcomes.SCORING.score(OutcomeMeasure.ODI, null))).isEqualTo("answers");
	}

	@ParameterizedTest(name = "{0}% is {1}")
	@CsvSource({ "0, minimal", "20, minimal", "20.4, minimal", "20.5, moderate", "21, moderate", "40.49, moderate",
			"40.5, severe", "60.5, crippled", "80.4, crippled", "80.5, bed-bound", "100, bed-bound" })
	void aScoreBetweenBandsTakesTheBandOfItsValueRoundedHalfUp(String percent, String band) {
		assertThat(Outcomes.INTERPRETATION.odiBand(decimal(percent)).id()).isEqualTo(band);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.1", "100.1" })
	void aBandOutsideZeroToHundredIsRefused(String percent) {
		assertThat(refusedField(() -> Outcomes.INTERPRETATION.odiBand(decimal(percent)))).isEqualTo("score");
	}
}
