package app.quadratus.scheduling;

import static app.quadratus.scheduling.ScheduleRepository.instant;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What free slots depend on, in two round trips instead of six: every busy time in the window (the
 * therapist's time off and appointments, the rooms' appointments with their turnover buffer and their
 * hires) in one statement whose parts are each an index range over the window — (clinic, therapist,
 * starts_at) for the therapist, (clinic, starts_at) for the rooms — and the therapist's working week
 * with the clinic's booking rules in another. Under load each round trip waits for the CPU.
 */
@Repository
class FreeSlotReads {

	/**
	 * Named parameters: clinic, therapist, from, to, earliest (from less the longest appointment),
	 * earliestHire. The rooms' parts read the clinic's window on (clinic_id, starts_at) and the rooms are
	 * picked in Java: with {@code room_id in (…)} H2 took (clinic_id, room_id, starts_at) with only its
	 * first column bound and read every appointment of the clinic (scanCount 100,001 of 100,000).
	 */
	static final String BUSY = """
			select 'O' as kind, cast(null as uuid) as room_id, starts_at, ends_at from schedule_exception
			  where clinic_id = :clinic and therapist_id = :therapist and starts_at < :to and ends_at > :from
			union all
			select 'T', cast(null as uuid), starts_at, ends_at from appointment
			  where clinic_id = :clinic and therapist_id = :therapist and starts_at >= :earliest and starts_at < :to
			  and ends_at > :from and status <> 'CANCELLED'
			union all
			select 'R', room_id, starts_at, room_free_at from appointment
			  where clinic_id = :clinic and starts_at >= :earliest and starts_at < :to
			  and room_free_at > :from and status <> 'CANCELLED'
			union all
			select 'H', room_id, starts_at, ends_at from room_hire
			  where clinic_id = :clinic and starts_at >= :earliestHire and starts_at < :to
			  and ends_at > :from and status = 'BOOKED'""";

	static final String RULES = """
			select 'P' as kind, minimum_notice_minutes as a, slot_step_minutes as b, cast(null as time) as starts,
			  cast(null as time) as ends from booking_policy where clinic_id = :clinic
			union all
			select 'W', day_of_week, 0, starts, ends from working_hours
			  where clinic_id = :clinic and therapist_id = :therapist""";

	private final JdbcClient jdbc;

	FreeSlotReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The busy times of the therapist and of each room (in the given order) in [from, to). */
	Busy busy(UUID clinicId, UUID therapistId, Collection<UUID> roomIds, Instant from, Instant to) {
		Busy busy = new Busy(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
		roomIds.forEach(room -> busy.rooms().put(room, new ArrayList<>()));
		jdbc.sql(BUSY)
			.param("clinic", clinicId).param("therapist", therapistId)
			.param("from", SqlTime.of(from)).param("to", SqlTime.of(to))
			.param("earliest", SqlTime.of(from.minus(AppointmentRepository.LONGEST)))
			.param("earliestHire", SqlTime.of(from.minus(Duration.ofHours(12))))
			.query(rs -> {
				TimeRange range = new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at"));
				switch (rs.getString("kind")) {
					case "O" -> busy.timeOff().add(range);
					case "T" -> busy.therapist().add(range);
					default -> {
						// Rooms not offered (taken out of use) are left out.
						List<TimeRange> room = busy.rooms().get(rs.getObject("room_id", UUID.class));
						if (room != null) {
							room.add(range);
						}
					}
				}
			});
		return busy;
	}

	/** The therapist's own working week (empty: the clinic's usual week) and the clinic's booking rules. */
	Rules rules(UUID clinicId, UUID therapistId) {
		List<WorkingBlock> week = new ArrayList<>();
		int[] policy = { BookingPolicy.DEFAULTS.minimumNoticeMinutes(), BookingPolicy.DEFAULTS.slotStepMinutes() };
		jdbc.sql(RULES)
			.param("clinic", clinicId).param("therapist", therapistId)
			.query(rs -> {
				if (rs.getString("kind").equals("P")) {
					policy[0] = rs.getInt("a");
					policy[1] = rs.getInt("b");
				}
				else {
					week.add(new WorkingBlock(DayOfWeek.of(rs.getInt("a")), rs.getObject("starts", LocalTime.class),
							rs.getObject("ends", LocalTime.class)));
				}
			});
		week.sort(java.util.Comparator.comparing(WorkingBlock::day).thenComparing(WorkingBlock::starts));
		return new Rules(week.isEmpty() ? Schedule.USUAL_WEEK : week, policy[0], policy[1]);
	}

	record Busy(List<TimeRange> timeOff, List<TimeRange> therapist, LinkedHashMap<UUID, List<TimeRange>> rooms) {
	}

	/** Only the rules free slots use; the rest of the booking policy is not read here. */
	record Rules(List<WorkingBlock> week, int minimumNoticeMinutes, int slotStepMinutes) {
	}
}
