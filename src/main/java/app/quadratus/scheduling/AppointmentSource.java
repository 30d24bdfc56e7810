package app.quadratus.scheduling;

/** Who made the booking: staff at the desk or in the calendar, or the client online. */
public enum AppointmentSource {
	STAFF, ONLINE;

	public String code() {
		return name().toLowerCase();
	}
}
