package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RmdqOutcomeTest {

	private static String answers(int count, String value) {
		return "[" + String.join(",", Collections.nCopies(count, value)) + "]";
	}

	private static int rmdq(String answers) {
		RmdqScore score = (RmdqScore) score(OutcomeMeasure.RMDQ, answers);
		assertThat(score.loinc()).isNull();
		return score.score();
	}

	@Test
	void theScoreIsTheNumberOfStatementsThatApply() {
		assertThat(rmdq(answers(24, "false"))).isZero();
		assertThat(rmdq(answers(24, "true"))).isEqualTo(24);
		assertThat(rmdq("[true,false,true,false,true,false,true,false,true,false,true,false,"
				+ "false,false,false,false,false,false,false,false,false,false,false,true]")).isEqualTo(7);
	}

	@Test
	void aBlankStatementIsNotApplicableAndCountsAsNo() {
		assertThat(rmdq("[null,true,true" + ",false".repeat(21) + "]")).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 23, 25 })
	void anythingButTwentyFourAnswersIsRefused(int count) {
		assertThat(refusedField(() -> rmdq(answers(count, "true")))).isEqualTo("answers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "'yes'", "1", "0", "{}" })
	void aNonBooleanAnswerIsRefusedByIndex(String fourth) {
		String answers = "[true,true,true," + fourth + ",true" + ",false".repeat(19) + "]";
		assertThat(refusedField(() -> rmdq(answers))).isEqualTo("answers[3]");
	}

	@Test
	void answersThatAreNotAListAreRefused() {
		assertThat(refusedField(() -> rmdq("{'1': true}"))).isEqualTo("answers");
	}
}
