package app.quadratus.scheduling.hire;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoHistory;
import app.quadratus.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The demo's room hire: Alex Hart, a sports massage therapist, hires the Norwich clinic's hireable room
 * every Thursday morning, from two months back to a month ahead (the hire in the past week cancelled).
 */
@Component
class HireDemoHistory implements DemoHistory {

	static final String HIRER = "hirer@norwich.demo";

	/** The published demo password (README); the seeder's accounts share it. */
	private static final String PASSWORD = "quadratus-demo";

	private final Accounts accounts;

	private final Clinics clinics;

	private final RoomHires hires;

	private final Clock clock;

	HireDemoHistory(Accounts accounts, Clinics clinics, RoomHires hires, Clock clock) {
		this.accounts = accounts;
		this.clinics = clinics;
		this.hires = hires;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public void seed(DemoClinic clinic) {
		UUID clinicId = clinic.clinicId();
		List<Room> hireable = hires.hireableRooms(clinicId);
		if (!clinic.name().contains("Norwich") || hireable.isEmpty()) {
			return;
		}
		UUID alex = accounts.createDemoAccount(clinicId, HIRER, "Alex Hart, sports massage", Role.HIRER,
				accounts.encode(PASSWORD), null);
		Room room = hireable.get(0);
		ZoneId zone = clinics.zoneOf(clinicId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		List<RoomHire> weekly = new ArrayList<>();
		LocalDate first = today.minusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		for (LocalDate day = first; !day.isAfter(today.plusDays(31)); day = day.plusWeeks(1)) {
			Instant start = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
			Instant end = day.atTime(LocalTime.of(12, 0)).atZone(zone).toInstant();
			boolean cancelled = !day.isAfter(today) && day.isAfter(today.minusWeeks(1));
			Instant booked = start.minusSeconds(14 * 86_400L).isBefore(now) ? start.minusSeconds(14 * 86_400L) : now;
			weekly.add(new RoomHire(UUID.randomUUID(), clinicId, room.id(), alex, start, end, room.hourlyRatePence(),
					cancelled ? RoomHire.Status.CANCELLED : RoomHire.Status.BOOKED, booked, cancelled ? booked : null));
		}
		hires.seed(weekly);
	}
}
