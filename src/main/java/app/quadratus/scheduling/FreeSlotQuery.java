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
 * Reads what free slots depend on, with narrow indexed range reads (the therapist's week, their time
 * off, their appointments, each room's appointments, all within the asked dates), and hands it to
 * {@link FreeSlotFinder}. No access checks: {@link Availability} does those; the benchmark calls this.
 */
@Component
class FreeSlotQuery {

	private final ScheduleRepository schedule;

	private final AppointmentRepository appointments;

	private final Clock clock;

	FreeSlotQuery(ScheduleRepository schedule, AppointmentRepository appointments, Clock clock) {
		this.schedule = schedule;
		this.appointments = appointments;
		this.clock = clock;
	}

	List<FreeSlot> find(UUID clinicId, ZoneId zone, UUID therapistId, AppointmentType type, List<UUID> rooms,
			LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		BookingPolicy policy = schedule.policy(clinicId);
		List<TimeRange> timeOff = schedule.timeOff(clinicId, therapistId, start, end).stream()
			.map(e -> new TimeRange(e.start(), e.end())).toList();
		List<WorkingBlock> week = schedule.week(clinicId, therapistId);
		Instant earliest = clock.instant().plus(Duration.ofMinutes(policy.minimumNoticeMinutes()));
		return FreeSlotFinder.find(zone, from, to, week.isEmpty() ? Schedule.USUAL_WEEK : week, timeOff,
				appointments.therapistBusy(clinicId, therapistId, start, end),
				appointments.roomsBusy(clinicId, rooms, start, end), type.durationMinutes(), type.bufferMinutes(),
				policy.slotStepMinutes(), earliest);
	}
}
