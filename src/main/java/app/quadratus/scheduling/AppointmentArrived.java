package app.quadratus.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * The client has arrived for their appointment. A treatment module opens the session on it; scheduling
 * does not know who listens. Carries ids only, never clinical content.
 */
public record AppointmentArrived(UUID appointmentId, UUID clinicId, UUID clientId, UUID therapistId, Instant start,
		Instant arrivedAt) {
}
