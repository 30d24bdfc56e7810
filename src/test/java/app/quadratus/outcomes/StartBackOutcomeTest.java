package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartBackOutcomeTest {

	/** q1–q8 from a string of eight T/F, q9 a word. */
	private static String answers(String agreements, String q9) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < 8; i++) {
			json.append("'q").append(i + 1).append("': ").append(agreements.charAt(i) == 'T').append(", ");
		}
		return json.append("'q9': '").append(q9).append("'}").toString();
	}

	private static StartBackScore startBack(String agreements, String q9) {
		return (StartBackScore) score(OutcomeMeasure.STARTBACK, answers(agreements, q9));
	}

	@ParameterizedTest(name = "{0} + q9 {1} → total {2}, distress {3}, {4}")
	@CsvSource({
			"FFFFFFFF, not_at_all, 0, 0, low",
			"TTTFFFFF, extremely, 4, 1, medium",
			"TTTFFFFF, moderately, 3, 0, low",
			"FFFFTTTF, slightly, 3, 3, low",       // distress 3 but total ≤ 3: still low
			"TFTFTTFF, very_much, 5, 3, medium",
			"TFFFTTTF, moderately, 4, 3, medium",
			"FFFFTTTT, slightly, 4, 4, high",      // the smallest high: total 4, distress 4
			"TFFFTTTF, very_much, 5, 4, high",
			"FFFFTTTT, extremely, 5, 5, high",
			"TTTTTTTT, very_much, 9, 5, high",
			"TTTTFFFF, extremely, 5, 1, medium" })
	void keeleRulesGiveTotalDistressAndRisk(String agreements, String q9, int total, int distress, String risk) {
		StartBackScore score = startBack(agreements, q9);

		assertThat(score.total()).isEqualTo(total);
		assertThat(score.distress()).isEqualTo(distress);
		assertThat(score.risk().id()).isEqualTo(risk);
	}

	@Test
	void onlyVeryMuchAndExtremelyBotheredScoreAPoint() {
		assertThat(startBack("FFFFFFFF", "not_at_all").total()).isZero();
		assertThat(startBack("FFFFFFFF", "slightly").total()).isZero();
		assertThat(startBack("FFFFFFFF", "moderately").total()).isZero();
		assertThat(startBack("FFFFFFFF", "very_much").distress()).isEqualTo(1);
		assertThat(startBack("FFFFFFFF", "extremely").distress()).isEqualTo(1);
	}

	@Test
	void carriesTheLoincCodesOfTotalDistressAndRisk() {
		StartBackScore score = startBack("FFFFFFFF", "slightly");

		assertThat(score.loinc()).isEqualTo("91351-7");
		assertThat(score.distressLoinc()).isEqualTo("91350-9");
		assertThat(score.riskLoinc()).isEqualTo("91352-5");
	}

	@Test
	void anUnknownBothernessWordIsRefused() {
		assertThat(refusedField(() -> startBack("FFFFFFFF", "quite_a_bit"))).isEqualTo("answers.q9");
		assertThat(refusedField(() -> startBack("FFFFFFFF", "Very_Much"))).isEqualTo("answers.q9");
	}

	@Test
	void everyItemIsRequired() {
		assertThat(refusedField(() -> score(OutcomeMeasure.STARTBACK, answers("FFFFFFFF", "slightly")
			.replace("'q5': false, ", "")))).isEqualTo("answers.q5");
		assertThat(refusedField(() -> score(OutcomeMeasure.STARTBACK, answers("FFFFFFFF", "slightly")
			.replace("'q9': 'slightly'", "'q9': null")))).isEqualTo("answers.q9");
	}

	@Test
	void agreementMustBeABoolean() {
		assertThat(refusedField(() -> score(OutcomeMeasure.STARTBACK, answers("FFFFFFFF", "slightly")
			.replace("'q3': false", "'q3': 'agree'")))).isEqualTo("answers.q3");
		assertThat(refusedField(() -> score(OutcomeMeasure.STARTBACK, answers("FFFFFFFF", "slightly")
			.replace("'q3': false", "'q3': 1")))).isEqualTo("answers.q3");
	}

	@Test
	void anUnknownItemIsRefused() {
		assertThat(refusedField(() -> score(OutcomeMeasure.STARTBACK, answers("FFFFFFFF", "slightly")
			.replace("'q9'", "'q10': true, 'q9'")))).isEqualTo("answers.q10");
	}

	@Test
	void riskFromScoresFollowsTheSameRule() {
		OutcomeInterpretation interpretation = Outcomes.INTERPRETATION;
		assertThat(interpretation.startBackRisk(3, 3)).isEqualTo(StartBackRisk.LOW);
		assertThat(interpretation.startBackRisk(4, 3)).isEqualTo(StartBackRisk.MEDIUM);
		assertThat(interpretation.startBackRisk(4, 4)).isEqualTo(StartBackRisk.HIGH);
		assertThat(refusedField(() -> interpretation.startBackRisk(10, 0))).isEqualTo("total");
		assertThat(refusedField(() -> interpretation.startBackRisk(5, 6))).isEqualTo("distress");
		assertThat(refusedField(() -> interpretation.startBackRisk(2, 3))).isEqualTo("distress");
	}

	@Test
	void eachRiskGroupNamesTheCareNiceMatchesToIt() {
		assertThat(StartBackRisk.LOW.matchedCare()).contains("reassurance", "keep active", "self-management");
		assertThat(StartBackRisk.MEDIUM.matchedCare()).contains("exercise", "manual therapy");
		assertThat(StartBackRisk.HIGH.matchedCare()).contains("psychological", "exercise", "refer");
		assertThat(StartBackRisk.HIGH.loincAnswer()).isEqualTo("LA9193-9");
	}
}
