package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Reads what free slots depend on in two round trips ({@link FreeSlotReads}: the busy times of the
 * therapist and the rooms within the asked dates, each part an index range; the working week and the
 * booking rules) and hands them to {@link FreeSlotFinder}. No access checks: {@link Availability}
 * does those; the benchmark calls this.
 */
@Component
class FreeSlotQuery {

	private final FreeSlotReads reads;

	private final Clock clock;

	FreeSlotQuery(FreeSlotReads reads, Clock clock) {
		this.reads = reads;
		this.clock = clock;
	}

	List<FreeSlot> find(UUID clinicId, ZoneId zone, UUID therapistId, AppointmentType type, List<UUID> rooms,
			LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		FreeSlotReads.Rules rules = reads.rules(clinicId, therapistId);
		FreeSlotReads.Busy busy = reads.busy(clinicId, therapistId, rooms, start, end);
		Instant earliest = clock.instant().plus(Duration.ofMinutes(rules.minimumNoticeMinutes()));
		return FreeSlotFinder.find(zone, from, to, rules.week(), busy.timeOff(), busy.therapist(), busy.rooms(),
				type.durationMinutes(), type.bufferMinutes(), rules.slotStepMinutes(), earliest);
	}
}
