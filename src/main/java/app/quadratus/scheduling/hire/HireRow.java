package app.quadratus.scheduling.hire;

import java.time.ZonedDateTime;
import java.util.UUID;

/** One hire as a hirer or a statement shows it, in the clinic's time zone. */
public record HireRow(UUID id, String room, ZonedDateTime start, ZonedDateTime end, long minutes, int hourlyRatePence,
		long amountPence, boolean cancelled, boolean cancellable) {

	public String hours() {
		return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.2f", minutes / 60.0);
	}

	public String rate() {
		return Money.pounds(hourlyRatePence);
	}

	public String amount() {
		return Money.pounds(amountPence);
	}
}
