package app.quadratus.scheduling;

/** Where an appointment stands; each maps onto a FHIR R4 Appointment status. */
public enum AppointmentStatus {
	BOOKED("booked", "booked"), ARRIVED("arrived", "arrived"), COMPLETED("completed", "fulfilled"),
	CANCELLED("cancelled", "cancelled"), NO_SHOW("no-show", "noshow");

	private final String code;

	private final String fhirCode;

	AppointmentStatus(String code, String fhirCode) {
		this.code = code;
		this.fhirCode = fhirCode;
	}

	/** The API's spelling. */
	public String code() {
		return code;
	}

	public String fhirCode() {
		return fhirCode;
	}

	/** True while the appointment holds its therapist, room and client. */
	public boolean holdsTime() {
		return this != CANCELLED;
	}
}
