package app.quadratus.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One appointment as a list or the calendar shows it: names resolved, times in the clinic's zone. */
public record DiaryEntry(UUID id, LocalDate day, LocalTime start, LocalTime end, AppointmentStatus status,
		AppointmentSource source, UUID clientId, String clientName, UUID therapistId, String therapistName, UUID roomId,
		String roomName, UUID typeId, String typeName) {

	public boolean canArrive() {
		return status == AppointmentStatus.BOOKED;
	}

	public boolean canChange() {
		return status == AppointmentStatus.BOOKED;
	}

	public String statusCode() {
		return status.code();
	}
}
