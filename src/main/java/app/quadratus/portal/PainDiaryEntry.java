package app.quadratus.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One pain diary entry: how bad (0 none to 10 worst imaginable) on a day, and the client's note. */
public record PainDiaryEntry(UUID id, LocalDate day, int pain, String note, Instant recordedAt) {
}
