package app.quadratus.treatment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.treatment.internal.SessionReader.GoalInput;

/**
 * Turns the goals sent for a session into session goals: a plan goal takes its words from the plan,
 * an existing session goal keeps what it had unless the request changes it, a new goal is its words.
 */
public final class SessionGoals {

	private SessionGoals() {
	}

	/**
	 * @param planGoals the goals of the session's plan (every version, newest first); empty without a plan
	 * @param current the session's goals so far; empty at check-in
	 */
	public static List<SessionGoal> resolve(List<GoalInput> inputs, List<PlanGoal> planGoals, List<SessionGoal> current,
			FieldReader fields) {
		List<SessionGoal> goals = new ArrayList<>();
		for (GoalInput input : inputs) {
			SessionGoal existing = null;
			if (input.id() != null) {
				existing = current.stream().filter(g -> g.id().equals(input.id())).findFirst().orElse(null);
				if (existing == null) {
					fields.problem(input.path() + ".id", "is not a goal of this session");
					continue;
				}
			}
			UUID planGoalId = input.planGoalId() != null ? input.planGoalId()
					: existing == null ? null : existing.planGoalId();
			String text = input.text();
			if (input.planGoalId() != null) {
				Optional<PlanGoal> planGoal = planGoals.stream().filter(g -> g.id().equals(input.planGoalId())).findFirst();
				if (planGoal.isEmpty()) {
					fields.problem(input.path() + ".planGoalId", "is not a goal of the session's plan");
					continue;
				}
				text = text != null ? text : planGoal.get().describe();
			}
			if (text == null && existing != null) {
				text = existing.text();
			}
			if (text == null) {
				continue;
			}
			goals.add(new SessionGoal(existing == null ? UUID.randomUUID() : existing.id(), planGoalId, text,
					input.result() != null || existing == null ? input.result() : existing.result()));
		}
		return goals;
	}
}
