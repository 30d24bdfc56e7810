package app.quadratus.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A measure the therapist asked a client to complete, once or on a schedule.
 *
 * @param everySessions N for {@link Schedule#EVERY_N_SESSIONS}; null otherwise
 * @param goal the target to reach on this measure; null when none was set
 * @param activities the client's PSFS activities, re-rated at every follow-up; empty for other measures
 */
public record Assignment(UUID id, UUID clientId, OutcomeMeasure measure, Schedule schedule, Integer everySessions,
		OutcomeGoal goal, List<String> activities, boolean active, Instant createdAt) {

	public Assignment {
		activities = List.copyOf(activities);
	}

	/**
	 * Due now: a one-off or intake measure not yet completed since it was assigned. Session-based,
	 * review and discharge schedules wait for those points of care.
	 */
	public boolean dueNow(Instant lastCompletedAt) {
		return active && schedule.endsWithOneCompletion()
				&& (lastCompletedAt == null || lastCompletedAt.isBefore(createdAt));
	}
}
