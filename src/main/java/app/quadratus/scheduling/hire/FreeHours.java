package app.quadratus.scheduling.hire;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A hireable room and the hours still free on one day (each hour given by its start). */
public record FreeHours(UUID roomId, String room, int hourlyRatePence, List<LocalTime> hours) {

	public String rate() {
		return Money.pounds(hourlyRatePence);
	}
}
