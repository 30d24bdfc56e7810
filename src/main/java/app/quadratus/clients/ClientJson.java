package app.quadratus.clients;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A client as the API shows it. Fields may be added, never renamed (core-api.md). */
record ClientJson(UUID id, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
		String email, String phone, String addressLine, String town, String postcode, String emergencyContactName,
		String emergencyContactPhone, String gpName, String gpPractice, String occupation, UUID therapistId,
		boolean archived, Boolean privacyNoticeAcknowledged, String privacyNoticeVersion,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean possibleDuplicate) {

	static ClientJson of(Client c) {
		return new ClientJson(c.id(), c.givenName(), c.familyName(), c.preferredName(), c.dateOfBirth(), c.email(),
				c.phone(), c.addressLine(), c.town(), c.postcode(), c.emergencyContactName(), c.emergencyContactPhone(),
				c.gpName(), c.gpPractice(), c.occupation(), c.therapistId(), c.archived(),
				c.privacyNoticeAcknowledgedAt() != null, c.privacyNoticeVersion(), null);
	}

	static ClientJson of(ClientSummary c) {
		return new ClientJson(c.id(), c.givenName(), c.familyName(), null, c.dateOfBirth(), c.email(), c.phone(), null,
				null, null, null, null, null, null, null, c.therapistId(), c.archived(), null, null, null);
	}

	ClientJson withPossibleDuplicate(boolean duplicate) {
		return new ClientJson(id, givenName, familyName, preferredName, dateOfBirth, email, phone, addressLine, town,
				postcode, emergencyContactName, emergencyContactPhone, gpName, gpPractice, occupation, therapistId,
				archived, privacyNoticeAcknowledged, privacyNoticeVersion, duplicate);
	}
}
