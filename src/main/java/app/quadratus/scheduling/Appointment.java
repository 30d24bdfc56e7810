package app.quadratus.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.ConflictException;

/**
 * One booked time of a client with a therapist in a room. Its life is a set of named transitions
 * (arrive, complete, cancel, no-show); each refuses a state it cannot come from.
 */
public record Appointment(UUID id, UUID clinicId, UUID therapistId, UUID roomId, UUID clientId, UUID typeId,
		Instant start, Instant end, Instant roomFreeAt, AppointmentStatus status, AppointmentSource source,
		UUID createdBy, Instant createdAt, Instant arrivedAt, Instant completedAt, Instant cancelledAt, UUID cancelledBy,
		String cancelReason, int version) {

	/** A new booking; the room stays claimed for the type's buffer after the end. */
	static Appointment book(UUID clinicId, UUID therapistId, UUID roomId, UUID clientId, AppointmentType type,
			Instant start, AppointmentSource source, UUID createdBy, Instant now) {
		Instant end = start.plus(Duration.ofMinutes(type.durationMinutes()));
		return new Appointment(UUID.randomUUID(), clinicId, therapistId, roomId, clientId, type.id(), start, end,
				end.plus(Duration.ofMinutes(type.bufferMinutes())), AppointmentStatus.BOOKED, source, createdBy, now, null,
				null, null, null, null, 0);
	}

	/** The client is here: the treatment session can open. */
	Appointment arrive(Instant now) {
		require(AppointmentStatus.BOOKED);
		return with(AppointmentStatus.ARRIVED, now, completedAt, cancelledAt, cancelledBy, cancelReason);
	}

	Appointment complete(Instant now) {
		if (status != AppointmentStatus.ARRIVED && status != AppointmentStatus.BOOKED) {
			throw illegal();
		}
		return with(AppointmentStatus.COMPLETED, arrivedAt, now, cancelledAt, cancelledBy, cancelReason);
	}

	/** Cancelled appointments are kept (history, no-show policy); they no longer hold any time. */
	Appointment cancel(String reason, UUID by, Instant now) {
		require(AppointmentStatus.BOOKED);
		return with(AppointmentStatus.CANCELLED, arrivedAt, completedAt, now, by,
				reason == null || reason.isBlank() ? null : reason.strip());
	}

	Appointment markNoShow(Instant now) {
		require(AppointmentStatus.BOOKED);
		if (now.isBefore(start)) {
			throw new ConflictException("scheduling.noShow.tooEarly");
		}
		return with(AppointmentStatus.NO_SHOW, arrivedAt, completedAt, cancelledAt, cancelledBy, cancelReason);
	}

	/** The same booking at another time, room or with another therapist; only while booked. */
	Appointment moveTo(UUID newTherapistId, UUID newRoomId, Instant newStart, AppointmentType type) {
		require(AppointmentStatus.BOOKED);
		Instant newEnd = newStart.plus(Duration.ofMinutes(type.durationMinutes()));
		return new Appointment(id, clinicId, newTherapistId, newRoomId, clientId, type.id(), newStart, newEnd,
				newEnd.plus(Duration.ofMinutes(type.bufferMinutes())), status, source, createdBy, createdAt, arrivedAt,
				completedAt, cancelledAt, cancelledBy, cancelReason, version);
	}

	public int durationMinutes() {
		return (int) Duration.between(start, end).toMinutes();
	}

	private void require(AppointmentStatus expected) {
		if (status != expected) {
			throw illegal();
		}
	}

	private ConflictException illegal() {
		return new ConflictException("scheduling.transition." + status.name());
	}

	private Appointment with(AppointmentStatus newStatus, Instant arrived, Instant completed, Instant cancelled,
			UUID cancelledByAccount, String reason) {
		return new Appointment(id, clinicId, therapistId, roomId, clientId, typeId, start, end, roomFreeAt, newStatus,
				source, createdBy, createdAt, arrived, completed, cancelled, cancelledByAccount, reason, version);
	}
}
