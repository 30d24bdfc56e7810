package app.quadratus.treatment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one version of a plan says: the problems, measurable goals, phases, techniques and the date of
 * the next review.
 *
 * @param reviewOn may be null
 */
public record PlanContent(List<String> problems, List<PlanGoal> goals, List<PlanPhase> phases,
		List<Technique> techniques, LocalDate reviewOn) {

	public PlanContent {
		problems = List.copyOf(problems);
		goals = List.copyOf(goals);
		phases = List.copyOf(phases);
		techniques = List.copyOf(techniques);
	}

	public Optional<PlanGoal> goal(UUID id) {
		return goals.stream().filter(goal -> goal.id().equals(id)).findFirst();
	}

	/** Whether the plan is in (or is only) its maintenance phase. */
	public boolean maintenanceOnly() {
		return !phases.isEmpty() && phases.stream().allMatch(p -> p.phase() == PlanPhaseKind.MAINTAIN);
	}
}
