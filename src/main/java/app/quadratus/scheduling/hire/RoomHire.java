package app.quadratus.scheduling.hire;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A room hired for whole hours by an outside practitioner, at the room's rate when it was booked. */
record RoomHire(UUID id, UUID clinicId, UUID roomId, UUID hirerId, Instant start, Instant end, int hourlyRatePence,
		Status status, Instant createdAt, Instant cancelledAt) {

	enum Status {
		BOOKED, CANCELLED
	}

	long minutes() {
		return Duration.between(start, end).toMinutes();
	}

	/** What the hire costs: the hourly rate pro rata to the minute (hires are whole hours, so exact). */
	long amountPence() {
		return hourlyRatePence * minutes() / 60;
	}

	boolean cancelled() {
		return status == Status.CANCELLED;
	}

	RoomHire cancel(Instant now) {
		return new RoomHire(id, clinicId, roomId, hirerId, start, end, hourlyRatePence, Status.CANCELLED, createdAt, now);
	}
}
