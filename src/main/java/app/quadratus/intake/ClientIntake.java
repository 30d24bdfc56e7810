package app.quadratus.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's intake before the first visit: the step saved last (where they resume) and the answers so
 * far. Once submitted it never changes.
 *
 * @param submittedAt null while the client is still filling it in
 */
public record ClientIntake(UUID id, UUID clientId, IntakeStep step, IntakeAnswers answers, Instant startedAt,
		Instant updatedAt, Instant submittedAt) {

	public boolean submitted() {
		return submittedAt != null;
	}
}
