package app.quadratus.clients;

import java.time.LocalDate;
import java.util.UUID;

/** A search result row: enough to pick the right person, nothing clinical. */
public record ClientSummary(UUID id, String givenName, String familyName, LocalDate dateOfBirth, String email,
		String phone, UUID therapistId, boolean archived) {

	public String fullName() {
		return givenName + " " + familyName;
	}
}
