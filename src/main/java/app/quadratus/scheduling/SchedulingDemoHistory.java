package app.quadratus.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * The demo's diary: the three usual appointment types, each therapist's week in their own room, two
 * months of past appointments (completed, a few cancelled or missed) and a month of booked ones for
 * the demo clients, a list for today whatever the weekday, a holiday, and one client on the waitlist for a
 * day next week with their therapist (online booking's waitlist; staff see it on the today page). Deterministic, and written in
 * two batches (appointments, then their claims) because it runs at every test context start.
 */
@Component
class SchedulingDemoHistory implements DemoHistory {

	private static final List<LocalTime> TIMES = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(13, 30),
			LocalTime.of(15, 0));

	private final Schedule schedule;

	private final Appointments appointments;

	private final Clinics clinics;

	private final Clock clock;

	private final OnlineBookingRepository online;

	SchedulingDemoHistory(Schedule schedule, Appointments appointments, Clinics clinics, Clock clock,
			OnlineBookingRepository online) {
		this.online = online;
		this.schedule = schedule;
		this.appointments = appointments;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void seed(DemoClinic clinic) {
		UUID clinicId = clinic.clinicId();
		Instant now = clock.instant();
		ZoneId zone = clinics.zoneOf(clinicId);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		schedule.addStandardTypes(clinicId, now);
		Map<String, AppointmentType> types = new HashMap<>();
		schedule.typesInClinic(clinicId).forEach(t -> types.put(t.name(), t));
		List<Room> rooms = clinics.roomsInClinic(clinicId).stream().filter(Room::active).toList();
		List<Appointment> diary = new ArrayList<>();
		for (int t = 0; t < clinic.therapistIds().size(); t++) {
			UUID therapist = clinic.therapistIds().get(t);
			// The first therapist works Monday to Friday, the second Tuesday to Saturday.
			List<WorkingBlock> week = new ArrayList<>();
			for (int d = 1; d <= 5; d++) {
				DayOfWeek day = DayOfWeek.of(t % 2 == 0 ? d : d + 1);
				week.add(new WorkingBlock(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
				week.add(new WorkingBlock(day, LocalTime.of(13, 30), LocalTime.of(17, 30)));
			}
			schedule.setWeekInClinic(clinicId, therapist, week);
			LocalDate holiday = today.plusDays(14 + 7L * t);
			schedule.addTimeOffInClinic(clinicId, new ScheduleException(UUID.randomUUID(), therapist,
					holiday.atStartOfDay(zone).toInstant(), holiday.plusDays(2).atStartOfDay(zone).toInstant(),
					ScheduleException.Reason.HOLIDAY), now);
			List<DemoClient> theirs = clinic.clients().stream().filter(c -> therapist.equals(c.therapistId())).toList();
			if (theirs.isEmpty()) {
				continue;
			}
			if (t == 0) {
				LocalDate wanted = today.plusDays(7);
				while (!workingOn(week, wanted) || wanted.equals(holiday) || wanted.equals(holiday.plusDays(1))) {
					wanted = wanted.plusDays(1);
				}
				online.insertEntry(new OnlineBookingRepository.WaitingEntry(UUID.randomUUID(), clinicId,
						theirs.get(theirs.size() - 1).id(), therapist, types.get("Follow-up").id(), wanted), now);
			}
			UUID room = rooms.get(t % rooms.size()).id();
			Map<UUID, Integer> visits = new HashMap<>();
			int next = 0;
			int serial = 0;
			for (LocalDate day = today.minusDays(60); !day.isAfter(today.plusDays(30)); day = day.plusDays(1)) {
				LocalDate date = day;
				boolean working = week.stream().anyMatch(b -> b.day() == date.getDayOfWeek());
				boolean onHoliday = !day.isBefore(holiday) && day.isBefore(holiday.plusDays(2));
				if (!(working || day.equals(today)) || onHoliday) {
					continue;
				}
				for (LocalTime time : TIMES) {
					Instant start = day.atTime(time).atZone(zone).toInstant();
					DemoClient client = null;
					for (int tries = 0; tries < theirs.size() && client == null; tries++) {
						DemoClient candidate = theirs.get(next++ % theirs.size());
						if (!candidate.joinedAt().isAfter(start)) {
							client = candidate;
						}
					}
					if (client == null) {
						continue;
					}
					int visit = visits.merge(client.id(), 1, Integer::sum);
					AppointmentType type = types.get(visit == 1 ? "Initial assessment" : visit % 4 == 0 ? "Maintenance" : "Follow-up");
					diary.add(appointment(clinicId, therapist, room, client.id(), type, start, now, serial++));
				}
			}
		}
		appointments.seedAll(diary);
	}

	private static boolean workingOn(List<WorkingBlock> week, LocalDate day) {
		return week.stream().anyMatch(b -> b.day() == day.getDayOfWeek());
	}

	/** Past ones completed (every 17th cancelled, every 23rd missed), today's in progress as it goes, later ones booked. */
	private static Appointment appointment(UUID clinicId, UUID therapist, UUID room, UUID client, AppointmentType type,
			Instant start, Instant now, int serial) {
		Instant end = start.plus(Duration.ofMinutes(type.durationMinutes()));
		Instant roomFree = end.plus(Duration.ofMinutes(type.bufferMinutes()));
		Instant booked = start.minus(Duration.ofDays(7));
		AppointmentSource source = serial % 5 == 0 ? AppointmentSource.ONLINE : AppointmentSource.STAFF;
		AppointmentStatus status;
		Instant arrived = null;
		Instant completed = null;
		Instant cancelled = null;
		if (!end.isAfter(now)) {
			status = serial % 17 == 0 ? AppointmentStatus.CANCELLED
					: serial % 23 == 0 ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED;
			arrived = status == AppointmentStatus.COMPLETED ? start.minus(Duration.ofMinutes(5)) : null;
			completed = status == AppointmentStatus.COMPLETED ? end : null;
			cancelled = status == AppointmentStatus.CANCELLED ? start.minus(Duration.ofDays(1)) : null;
		}
		else if (!start.isAfter(now)) {
			status = AppointmentStatus.ARRIVED;
			arrived = start.minus(Duration.ofMinutes(5));
		}
		else {
			status = AppointmentStatus.BOOKED;
		}
		return new Appointment(UUID.randomUUID(), clinicId, therapist, room, client, type.id(), start, end, roomFree, status,
				source, null, booked.isBefore(now) ? booked : now, arrived, completed, cancelled, null,
				cancelled == null ? null : "Client rang to rearrange", 0);
	}
}
