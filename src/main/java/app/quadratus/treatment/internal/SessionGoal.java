package app.quadratus.treatment.internal;

import java.util.UUID;

/**
 * A goal worked on in one session: one of the plan's goals or a new one in words.
 *
 * @param planGoalId the plan goal it follows; null for a goal of this session only
 * @param result how it went, set when reviewed at the end of the session; null before
 */
public record SessionGoal(UUID id, UUID planGoalId, String text, GoalResult result) {
}
