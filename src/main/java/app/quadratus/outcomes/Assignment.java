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

	/** Asked again this many days before a review counts as asked at that review. */
	static final long REVIEW_WINDOW_DAYS = 7;

	/**
	 * Due now, counting the points of care treatment reported: "every N sessions" once N sessions were
	 * signed since the later of assigning and the last completion; "at review" once a review date has come
	 * and the measure was not completed since a week before it; once and at intake as {@link #dueNow(Instant)}.
	 *
	 * @param sessionsSince sessions signed since the later of assigning and the last completion
	 * @param lastReview the latest review date that has come; null when none has
	 */
	public boolean dueNow(Instant lastCompletedAt, long sessionsSince, Instant lastReview) {
		if (!active) {
			return false;
		}
		return switch (schedule) {
			case EVERY_N_SESSIONS -> everySessions != null && sessionsSince >= everySessions;
			case AT_REVIEW -> lastReview != null && (lastCompletedAt == null
					|| lastCompletedAt.isBefore(lastReview.minus(java.time.Duration.ofDays(REVIEW_WINDOW_DAYS))));
			default -> dueNow(lastCompletedAt);
		};
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
