package app.quadratus.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** An appointment as the API shows it: times ISO-8601 with the clinic's offset, statuses in lower case. */
record AppointmentJson(UUID id, UUID clientId, UUID therapistId, UUID roomId, UUID typeId, String start, String end,
		String status, String source, String createdAt, String cancelledAt, String cancelReason) {

	static AppointmentJson of(Appointment a, ZoneId zone) {
		return new AppointmentJson(a.id(), a.clientId(), a.therapistId(), a.roomId(), a.typeId(), time(a.start(), zone),
				time(a.end(), zone), a.status().code(), a.source().code(), time(a.createdAt(), zone),
				time(a.cancelledAt(), zone), a.cancelReason());
	}

	static String time(Instant instant, ZoneId zone) {
		return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
	}
}
