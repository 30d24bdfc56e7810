package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.refusedField;
import static app.quadratus.outcomes.Outcomes.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LefsOutcomeTest {

	private static int lefs(String answers) {
		return ((LefsScore) score(OutcomeMeasure.LEFS, answers)).score();
	}

	@Test
	void theScoreIsTheSumOfTwentyItems() {
		assertThat(lefs("[" + String.join(",", Collections.nCopies(20, "4")) + "]")).isEqualTo(80);
		assertThat(lefs("[" + String.join(",", Collections.nCopies(20, "0")) + "]")).isZero();
		// 4+3+2+1+0 repeated four times = 40; plus a 3.0 that is a whole number
		assertThat(lefs("[4,3,2,1,0, 4,3,2,1,0, 4,3,2,1,0, 4,3,2,1,0]")).isEqualTo(40);
		assertThat(lefs("[3.0,3,3,3,3, 3,3,3,3,3, 3,3,3,3,3, 3,3,3,3,3]")).isEqualTo(60);
	}

	@ParameterizedTest
	@ValueSource(ints = { 19, 21 })
	void anythingButTwentyAnswersIsRefused(int count) {
		assertThat(refusedField(() -> lefs("[" + String.join(",", Collections.nCopies(count, "2")) + "]")))
			.isEqualTo("answers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "5", "-1", "3.5", "'4'", "true", "null" })
	void anItemOutsideZeroToFourIsRefusedByIndex(String fifth) {
		String answers = "[4,4,4,4," + fifth + ",4,4,4,4,4,4,4,4,4,4,4,4,4,4,4]";
		assertThat(refusedField(() -> lefs(answers))).isEqualTo("answers[4]");
	}
}
