package app.quadratus.scheduling;

import java.time.Instant;
import java.util.UUID;

/** A time the therapist and a room are both free for the whole appointment (and the room's buffer). */
public record FreeSlot(Instant start, Instant end, UUID roomId) {
}
