package app.quadratus.clinic;

import java.util.UUID;

/** A treatment room; a hireable one can be booked by the hour by an outside practitioner. */
public record Room(UUID id, UUID clinicId, String name, boolean hireable, Integer hourlyRatePence, boolean active) {
}
