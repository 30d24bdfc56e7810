package app.quadratus.scheduling;

import app.quadratus.shared.ConflictException;

/** The therapist, the room or the client already has an appointment overlapping the requested time (409). */
public class BookingConflict extends ConflictException {

	private final String resource;

	BookingConflict(ClaimedResource resource) {
		super("The " + resource.name().toLowerCase() + " already has an appointment at that time.");
		this.resource = resource.name().toLowerCase();
	}

	/** Two bookings raced for the same time and the database let the other one in first. */
	BookingConflict() {
		super("The therapist, the room or the client was booked at that time by someone else just now.");
		this.resource = null;
	}

	/** "therapist", "room" or "client"; null when the database could not say which. */
	public String resource() {
		return resource;
	}
}
