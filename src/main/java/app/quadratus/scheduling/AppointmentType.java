package app.quadratus.scheduling;

import java.util.UUID;

/** A kind of appointment the clinic offers, with its length and the room's turnover after it. */
public record AppointmentType(UUID id, UUID clinicId, String name, int durationMinutes, int bufferMinutes,
		boolean forNewClients, boolean active) {
}
