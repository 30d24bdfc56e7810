package app.quadratus.clinic;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A clinic: the tenant every record belongs to. */
public record Clinic(UUID id, String name, String addressLine, String town, String postcode, String phone, String email,
		ZoneId timeZone, Locale locale) {
}
