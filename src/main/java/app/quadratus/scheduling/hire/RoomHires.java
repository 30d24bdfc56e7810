package app.quadratus.scheduling.hire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.HirerAccess;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Room hire: a hirer books a hireable room for whole hours within the clinic's hire hours at the room's
 * rate. The hire claims the room's slots in the same table appointments use, so the database refuses a
 * hire over clinic use and an appointment over a hire, whichever comes second. Hirers see only their
 * own hires and the rooms' free hours, never who the clinic's time belongs to.
 */
@Service
public class RoomHires {

	static final int MAX_HOURS = 12;

	/** How far ahead a hirer may look and book. */
	static final int HORIZON_DAYS = 180;

	private final RoomHireRepository repository;

	private final Clinics clinics;

	private final Clock clock;

	RoomHires(RoomHireRepository repository, Clinics clinics, Clock clock) {
		this.repository = repository;
		this.clinics = clinics;
		this.clock = clock;
	}

	public ZoneId zone() {
		return clinics.zoneOf(CurrentUser.clinicId());
	}

	@HirerAccess
	public List<HireRow> mine(YearMonth month) {
		UUID clinicId = CurrentUser.clinicId();
		return rows(repository.ofHirer(clinicId, CurrentUser.get().accountId(), start(month), start(month.plusMonths(1))));
	}

	/** Each hireable room with the whole hours still free on a day, none in the past. */
	@HirerAccess
	public List<FreeHours> freeHours(LocalDate date) {
		UUID clinicId = CurrentUser.clinicId();
		ZoneId zone = zone();
		HireHours hours = repository.hours(clinicId);
		Instant now = clock.instant();
		List<FreeHours> free = new ArrayList<>();
		for (Room room : hireableRooms(clinicId)) {
			Instant from = date.atTime(hours.opens()).atZone(zone).toInstant();
			Instant to = date.atTime(hours.closes()).atZone(zone).toInstant();
			Set<Instant> claimed = new HashSet<>(repository.claimedSlots(clinicId, room.id(), from, to));
			List<LocalTime> open = new ArrayList<>();
			for (LocalTime hour = hours.opens(); !hour.plusHours(1).isAfter(hours.closes()) && !hour.plusHours(1).equals(LocalTime.MIDNIGHT);
					hour = hour.plusHours(1)) {
				Instant start = date.atTime(hour).atZone(zone).toInstant();
				if (start.isAfter(now) && isFree(claimed, start, start.plus(1, ChronoUnit.HOURS))) {
					open.add(hour);
				}
			}
			free.add(new FreeHours(room.id(), room.name(), room.hourlyRatePence(), open));
		}
		return free;
	}

	@HirerAccess
	@Transactional
	public HireRow book(UUID roomId, LocalDate date, LocalTime start, Integer hours) {
		UUID clinicId = CurrentUser.clinicId();
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Room> room = roomId == null ? Optional.empty()
				: hireableRooms(clinicId).stream().filter(r -> r.id().equals(roomId)).findFirst();
		if (room.isEmpty()) {
			problems.add(new FieldProblem("roomId", "hire.room.notHireable"));
		}
		if (date == null) {
			problems.add(new FieldProblem("date", "hire.date.required"));
		}
		if (hours == null || hours < 1 || hours > MAX_HOURS) {
			problems.add(new FieldProblem("hours", "hire.hours.range"));
		}
		HireHours open = repository.hours(clinicId);
		if (start == null || start.getMinute() != 0 || start.getSecond() != 0) {
			problems.add(new FieldProblem("start", "hire.start.onTheHour"));
		}
		else if (hours != null && hours >= 1 && hours <= MAX_HOURS && (start.isBefore(open.opens())
				|| start.plusHours(hours).isBefore(start) || start.plusHours(hours).isAfter(open.closes()))) {
			problems.add(new FieldProblem("start", "hire.start.outsideHours"));
		}
		Instant now = clock.instant();
		if (problems.isEmpty()) {
			Instant begins = date.atTime(start).atZone(zone()).toInstant();
			if (!begins.isAfter(now)) {
				problems.add(new FieldProblem("date", "hire.date.past"));
			}
			else if (begins.isAfter(now.plus(Duration.ofDays(HORIZON_DAYS)))) {
				problems.add(new FieldProblem("date", "hire.date.tooFar"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		Instant begins = date.atTime(start).atZone(zone()).toInstant();
		Instant ends = date.atTime(start).plusHours(hours).atZone(zone()).toInstant();
		RoomHire hire = new RoomHire(UUID.randomUUID(), clinicId, roomId, CurrentUser.get().accountId(), begins, ends,
				room.get().hourlyRatePence(), RoomHire.Status.BOOKED, now, null);
		repository.insert(hire);
		try {
			repository.claim(hire);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
			throw new ConflictException("hire.taken");
		}
		return rows(List.of(hire)).get(0);
	}

	/** Cancels one of the hirer's own future hires and frees the room; another's hire is not found. */
	@HirerAccess
	@Transactional
	public void cancel(UUID id) {
		UUID clinicId = CurrentUser.clinicId();
		RoomHire hire = repository.find(clinicId, id).filter(h -> h.hirerId().equals(CurrentUser.get().accountId()))
			.orElseThrow(() -> new NotFoundException("hire"));
		if (hire.cancelled()) {
			return;
		}
		Instant now = clock.instant();
		if (!hire.start().isAfter(now)) {
			throw new ConflictException("hire.cancel.started");
		}
		RoomHire cancelled = hire.cancel(now);
		repository.markCancelled(cancelled);
		repository.release(cancelled);
	}

	@HirerAccess
	public HireStatement statement(YearMonth month) {
		List<HireRow> kept = mine(month).stream().filter(r -> !r.cancelled()).toList();
		return new HireStatement(clinics.find(CurrentUser.clinicId()), CurrentUser.get().displayName(), month, kept);
	}

	/** Each room's month: the clinic's appointment hours, the hired hours and the hire income. */
	@OwnerAccess
	public List<RoomUse> use(YearMonth month) {
		UUID clinicId = CurrentUser.clinicId();
		Instant from = start(month);
		Instant to = start(month.plusMonths(1));
		Map<UUID, long[]> totals = new LinkedHashMap<>();
		List<Room> rooms = clinics.roomsInClinic(clinicId);
		rooms.forEach(r -> totals.put(r.id(), new long[3]));
		for (RoomHireRepository.RoomMinutes m : repository.clinicMinutes(clinicId, from, to)) {
			totals.computeIfAbsent(m.roomId(), k -> new long[3])[0] += m.minutes();
		}
		for (RoomHire h : repository.inClinic(clinicId, from, to)) {
			if (!h.cancelled()) {
				long[] t = totals.computeIfAbsent(h.roomId(), k -> new long[3]);
				t[1] += h.minutes();
				t[2] += h.amountPence();
			}
		}
		return rooms.stream().map(r -> {
			long[] t = totals.get(r.id());
			return new RoomUse(r.name(), r.hireable(), r.hourlyRatePence(), t[0], t[1], t[2]);
		}).toList();
	}

	@OwnerAccess
	public HireHours hours() {
		return repository.hours(CurrentUser.clinicId());
	}

	@OwnerAccess
	@Transactional
	public void setHours(LocalTime opens, LocalTime closes) {
		if (opens == null || closes == null || !opens.isBefore(closes)) {
			throw new InvalidFieldException("closes", "hire.hours.order");
		}
		repository.saveHours(CurrentUser.clinicId(), new HireHours(opens, closes), 24);
	}

	/** Seeds hires with their claims; for the demo, before anyone signs in. */
	@Transactional
	void seed(List<RoomHire> hires) {
		for (RoomHire hire : hires) {
			repository.insert(hire);
			if (!hire.cancelled()) {
				repository.claim(hire);
			}
		}
	}

	List<Room> hireableRooms(UUID clinicId) {
		return clinics.roomsInClinic(clinicId).stream()
			.filter(r -> r.active() && r.hireable() && r.hourlyRatePence() != null).toList();
	}

	private List<HireRow> rows(List<RoomHire> hires) {
		ZoneId zone = zone();
		Map<UUID, String> names = new LinkedHashMap<>();
		clinics.roomsInClinic(CurrentUser.clinicId()).forEach(r -> names.put(r.id(), r.name()));
		Instant now = clock.instant();
		return hires.stream().map(h -> new HireRow(h.id(), names.get(h.roomId()), h.start().atZone(zone),
				h.end().atZone(zone), h.minutes(), h.hourlyRatePence(), h.amountPence(), h.cancelled(),
				!h.cancelled() && h.start().isAfter(now))).toList();
	}

	private Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(zone()).toInstant();
	}

	private static boolean isFree(Set<Instant> claimed, Instant from, Instant to) {
		for (Instant slot = from; slot.isBefore(to); slot = slot.plus(RoomHireRepository.SLOT_MINUTES, ChronoUnit.MINUTES)) {
			if (claimed.contains(slot)) {
				return false;
			}
		}
		return true;
	}
}
