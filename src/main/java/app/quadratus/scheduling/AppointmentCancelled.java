package app.quadratus.scheduling;

import java.time.Instant;
import java.util.UUID;

/** A booking was cancelled and its time freed (a waitlist may offer it). Ids and times only. */
public record AppointmentCancelled(UUID appointmentId, UUID clinicId, UUID therapistId, UUID roomId, Instant start,
		Instant end) {
}
