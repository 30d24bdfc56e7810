package app.quadratus.clinic;

import java.time.Instant;
import java.util.UUID;

/** A new clinic exists (first-run setup, the demo): modules give it their defaults, in the same transaction. */
public record ClinicOpened(UUID clinicId, Instant at) {
}
