package app.quadratus.treatment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A measurable goal of a plan. Its id stays the same across the plan's versions when a revision keeps
 * it, so sessions that worked on it still point at it.
 *
 * @param measure the outcome measure id for {@link GoalKind#MEASURE}; null otherwise
 * @param activity the functional activity for {@link GoalKind#ACTIVITY}; null otherwise
 * @param text the goal in words for {@link GoalKind#FREE}; null otherwise
 * @param baseline the starting score or rating; null for a free goal
 * @param target the score or rating aimed at; null for a free goal
 * @param by the date it should be reached by; may be null except for a free goal
 */
public record PlanGoal(UUID id, GoalKind kind, String measure, String activity, String text, BigDecimal baseline,
		BigDecimal target, LocalDate by) {

	/** The goal in a few words, for a session's goal list and the FHIR Goal's description. */
	public String describe() {
		return switch (kind) {
			case MEASURE -> measure.toUpperCase() + " from " + baseline.toPlainString() + " to " + target.toPlainString();
			case ACTIVITY -> activity + " (from " + baseline.toPlainString() + " to " + target.toPlainString() + " of 10)";
			case FREE -> text;
		};
	}

	public PlanGoal withId(UUID newId) {
		return new PlanGoal(newId, kind, measure, activity, text, baseline, target, by);
	}
}
