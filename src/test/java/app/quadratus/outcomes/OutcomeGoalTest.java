package app.quadratus.outcomes;

import static app.quadratus.outcomes.Outcomes.CATALOGUE;
import static app.quadratus.outcomes.Outcomes.INTERPRETATION;
import static app.quadratus.outcomes.Outcomes.decimal;
import static app.quadratus.outcomes.Outcomes.refusedField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeGoalTest {

	@Test
	void odiUnderTwentyIsMetOnlyBelowTwenty() {
		OutcomeGoal goal = new OutcomeGoal(OutcomeMeasure.ODI, GoalComparison.BELOW, decimal("20"));

		assertThat(INTERPRETATION.goalMet(goal, decimal("19.9"))).isTrue();
		assertThat(INTERPRETATION.goalMet(goal, decimal("20.0"))).isFalse();
		assertThat(INTERPRETATION.goalMet(goal, decimal("38"))).isFalse();
	}

	@Test
	void reachingATargetMeansThatScoreOrBetterWhicheverWayBetterIs() {
		OutcomeGoal odi = OutcomeGoal.reach(CATALOGUE.instrument(OutcomeMeasure.ODI), decimal("20"));
		OutcomeGoal psfs = OutcomeGoal.reach(CATALOGUE.instrument(OutcomeMeasure.PSFS), decimal("7"));

		assertThat(odi.comparison()).isEqualTo(GoalComparison.AT_MOST);
		assertThat(INTERPRETATION.goalMet(odi, decimal("20.0"))).isTrue();
		assertThat(INTERPRETATION.goalMet(odi, decimal("20.1"))).isFalse();
		assertThat(psfs.comparison()).isEqualTo(GoalComparison.AT_LEAST);
		assertThat(INTERPRETATION.goalMet(psfs, decimal("7.00"))).isTrue();
		assertThat(INTERPRETATION.goalMet(psfs, decimal("6.99"))).isFalse();
	}

	@Test
	void aGoalAboveATargetIsMetOnlyAboveIt() {
		OutcomeGoal lefs = new OutcomeGoal(OutcomeMeasure.LEFS, GoalComparison.ABOVE, decimal("60"));

		assertThat(INTERPRETATION.goalMet(lefs, decimal("61"))).isTrue();
		assertThat(INTERPRETATION.goalMet(lefs, decimal("60"))).isFalse();
	}

	@Test
	void aScoreTheMeasureCannotTakeIsRefused() {
		OutcomeGoal goal = new OutcomeGoal(OutcomeMeasure.LEFS, GoalComparison.AT_LEAST, decimal("60"));

		assertThat(refusedField(() -> INTERPRETATION.goalMet(goal, decimal("81")))).isEqualTo("score");
	}
}
