package app.quadratus.scheduling;

import java.util.UUID;

/** A member of staff who sees clients: a therapist, or anyone with a working week in the diary. */
public record Therapist(UUID id, String name) {
}
