package app.quadratus.homework;

import java.time.LocalDate;
import java.util.UUID;

/** One dose of an exercise the client ticked off on a day, with their optional note on pain or difficulty. */
public record Tick(UUID programmeId, String exerciseId, LocalDate day, int doseNumber, String note) {
}
