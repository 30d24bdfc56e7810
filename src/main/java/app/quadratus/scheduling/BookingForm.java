package app.quadratus.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The calendar's booking and moving form: a day and a time of the clinic's calendar, not an instant. */
public class BookingForm {

	@NotNull(message = "{scheduling.client.required}")
	private UUID clientId;

	@NotNull(message = "{scheduling.therapist.required}")
	private UUID therapistId;

	@NotNull(message = "{scheduling.type.required}")
	private UUID typeId;

	@NotNull(message = "{scheduling.room.required}")
	private UUID roomId;

	@NotNull(message = "{scheduling.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{scheduling.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

	private String q;

	NewAppointment toRequest(ZoneId zone) {
		return new NewAppointment(clientId, therapistId, typeId, roomId,
				date == null || time == null ? null : date.atTime(time).atZone(zone).toOffsetDateTime());
	}

	boolean complete() {
		return clientId != null && therapistId != null && typeId != null && roomId != null && date != null && time != null;
	}

	static BookingForm of(Appointment a, ZoneId zone) {
		BookingForm form = new BookingForm();
		form.clientId = a.clientId();
		form.therapistId = a.therapistId();
		form.typeId = a.typeId();
		form.roomId = a.roomId();
		form.date = a.start().atZone(zone).toLocalDate();
		form.time = a.start().atZone(zone).toLocalTime();
		return form;
	}

	public UUID getClientId() {
		return clientId;
	}

	public void setClientId(UUID clientId) {
		this.clientId = clientId;
	}

	public UUID getTherapistId() {
		return therapistId;
	}

	public void setTherapistId(UUID therapistId) {
		this.therapistId = therapistId;
	}

	public UUID getTypeId() {
		return typeId;
	}

	public void setTypeId(UUID typeId) {
		this.typeId = typeId;
	}

	public UUID getRoomId() {
		return roomId;
	}

	public void setRoomId(UUID roomId) {
		this.roomId = roomId;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}
}
