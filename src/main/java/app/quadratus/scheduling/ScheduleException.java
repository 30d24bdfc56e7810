package app.quadratus.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Time off the usual week (holiday, sick day, training): no slots are offered in it. */
public record ScheduleException(UUID id, UUID therapistId, Instant start, Instant end, Reason reason) {

	public enum Reason {
		HOLIDAY, SICK, TRAINING, OTHER
	}
}
