package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.RedFlag;
import app.quadratus.intake.RedFlagQuestions.Advice;
import app.quadratus.screening.Answer;
import app.quadratus.screening.ScreeningEngine;
import app.quadratus.screening.ScreeningInput;
import app.quadratus.screening.Urgency;
import org.junit.jupiter.api.Test;

/** The client's red-flag questions are the screening's own, and what a "yes" means is the engine's urgency. */
class RedFlagQuestionsTest {

	static final Atlas atlas = Atlas.load();

	static final ScreeningEngine engine = new ScreeningEngine(atlas);

	final RedFlagQuestions questions = new RedFlagQuestions(atlas, engine);

	@Test
	void everyRedFlagIsAskedOnceCaudaEquinaFirstEachWithItsSources() {
		assertThat(questions.questions()).extracting(RedFlagQuestions.Question::flag)
			.containsExactlyInAnyOrder(RedFlag.values())
			.startsWith(AssessmentPageModel.CES_FLAGS.toArray(RedFlag[]::new));
		assertThat(questions.questions()).allSatisfy(q -> assertThat(q.sources()).isNotEmpty()
			.allSatisfy(source -> assertThat(source).matches("\\[S\\d+[a-z]?\\] .{10,}")));
	}

	@Test
	void noYesMeansNoAdviceAndNotSureIsNotAYes() {
		Map<String, String> answers = new HashMap<>();
		for (RedFlag flag : RedFlag.values()) {
			answers.put(flag.id(), flag.ordinal() % 2 == 0 ? "NO" : "UNKNOWN");
		}
		assertThat(questions.advice(answers, 40)).isEqualTo(Advice.NONE);
	}

	@Test
	void eachYesAloneIsToldWhatTheScreeningWouldTellTheTherapist() {
		for (RedFlag flag : RedFlag.values()) {
			Urgency urgency = engine.evaluate(ScreeningInput.forAge(40).redFlag(flag, Answer.YES).build()).urgency();
			Advice expected = switch (urgency) {
				case EMERGENCY_REFERRAL -> Advice.EMERGENCY_NOW;
				case URGENT_REFERRAL -> Advice.GP_TODAY;
				default -> Advice.MENTION_TO_THERAPIST;
			};
			assertThat(questions.advice(Map.of(flag.id(), "YES"), 40)).as(flag.id()).isEqualTo(expected);
		}
		assertThat(questions.advice(Map.of(RedFlag.URINARY_DYSFUNCTION.id(), "YES"), 40)).isEqualTo(Advice.EMERGENCY_NOW);
		assertThat(questions.advice(Map.of(RedFlag.URINARY_DYSFUNCTION.id(), "NO", "history_of_cancer", "YES"), 40))
			.isEqualTo(Advice.GP_TODAY);
	}
}
