package app.quadratus.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A client of one clinic. Never hard-deleted from the UI: archived instead. */
public record Client(UUID id, UUID clinicId, String givenName, String familyName, String preferredName,
		LocalDate dateOfBirth, String email, String phone, String addressLine, String town, String postcode,
		String emergencyContactName, String emergencyContactPhone, String gpName, String gpPractice, String occupation,
		UUID therapistId, String privacyNoticeVersion, Instant privacyNoticeAcknowledgedAt, boolean archived,
		Instant archivedAt, String archivedReason, int version) {

	public String fullName() {
		return givenName + " " + familyName;
	}

	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}
}
