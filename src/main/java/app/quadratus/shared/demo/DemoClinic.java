package app.quadratus.shared.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the demo seeder created in one clinic: its staff and its clients (with the day each joined and
 * their therapist), for modules that add history.
 */
public record DemoClinic(UUID clinicId, String name, UUID ownerId, List<UUID> therapistIds, List<DemoClient> clients) {

	public record DemoClient(UUID id, UUID therapistId, Instant joinedAt, String givenName, String familyName,
			int ageYears) {
	}
}
