package app.quadratus.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * How much of their home programme the client did between two days, offered by the homework module so the
 * next session's check-in can start from it without treatment depending on homework (which itself builds on
 * the assessment treatment reads). Empty when nothing was planned in the period.
 */
public interface HomeworkSince {

	/** Doses planned and ticked; {@code done} is capped per exercise at what was planned. */
	record Doses(long planned, long done) {

		public double rate() {
			return planned == 0 ? 0 : (double) done / planned;
		}
	}

	/** Within the signed-in person's clinic; audited by the provider as a view of adherence. */
	Optional<Doses> between(UUID clientId, LocalDate from, LocalDate to);
}
