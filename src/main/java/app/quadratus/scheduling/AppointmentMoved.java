package app.quadratus.scheduling;

import java.time.Instant;
import java.util.UUID;

/** A booking moved away from a time: that time (with its therapist and room) is free again. Ids and times only. */
public record AppointmentMoved(UUID appointmentId, UUID clinicId, UUID therapistId, UUID roomId, Instant formerStart,
		Instant formerEnd) {
}
