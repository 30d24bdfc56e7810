package app.quadratus.outcomes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.ConflictException;

/**
 * One attempt by a client at a questionnaire. Answers are kept as given, one at a time, so a client
 * who stops halfway can carry on later; once completed the response is scored and never changes.
 *
 * @param answers item id to the answer in the option's canonical text; a null value is a question the
 * client skipped (only where the instrument's rule allows a gap, e.g. ODI "sex life")
 * @param activities the PSFS activities being rated; empty for other measures
 * @param result null until completed
 * @param therapistId the member of staff who gave the questionnaire to the client (the clinic report
 * counts progress per therapist)
 */
public record OutcomeResponse(UUID id, UUID clinicId, UUID clientId, UUID assignmentId, OutcomeMeasure measure,
		Channel channel, ResponseStatus status, Map<String, String> answers, List<String> activities,
		CompletedScore result, UUID therapistId, Instant startedAt, Instant updatedAt, Instant completedAt) {

	public OutcomeResponse {
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		activities = List.copyOf(activities);
	}

	static OutcomeResponse start(UUID clinicId, Assignment assignment, Channel channel, UUID therapistId, Instant now) {
		return new OutcomeResponse(UUID.randomUUID(), clinicId, assignment.clientId(), assignment.id(),
				assignment.measure(), channel, ResponseStatus.IN_PROGRESS, Map.of(), assignment.activities(), null,
				therapistId, now, now, null);
	}

	public boolean isCompleted() {
		return status == ResponseStatus.COMPLETED;
	}

	/** Records (or changes) one answer; a completed questionnaire is closed. */
	OutcomeResponse answer(String itemId, String value, Instant now) {
		requireOpen();
		Map<String, String> changed = new LinkedHashMap<>(answers);
		changed.put(itemId, value);
		return new OutcomeResponse(id, clinicId, clientId, assignmentId, measure, channel, status, changed, activities,
				null, therapistId, startedAt, now, null);
	}

	OutcomeResponse complete(CompletedScore score, Instant now) {
		requireOpen();
		return new OutcomeResponse(id, clinicId, clientId, assignmentId, measure, channel, ResponseStatus.COMPLETED,
				answers, activities, score, therapistId, startedAt, now, now);
	}

	private void requireOpen() {
		if (isCompleted()) {
			throw new ConflictException("outcomes.alreadyCompleted");
		}
	}
}
