package app.quadratus.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.identity.StaffMember;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.stereotype.Service;

/**
 * Appointments as people read them: a day or a week of the clinic (or of one therapist) with the
 * clients', therapists', rooms' and types' names, in the clinic's zone. Names and times only: nothing
 * clinical, so listing is not a record view.
 */
@Service
public class Diary {

	private final Appointments appointments;

	private final Schedule schedule;

	private final ClientRecords clients;

	private final Accounts accounts;

	private final Clinics clinics;

	Diary(Appointments appointments, Schedule schedule, ClientRecords clients, Accounts accounts, Clinics clinics) {
		this.appointments = appointments;
		this.schedule = schedule;
		this.clients = clients;
		this.accounts = accounts;
		this.clinics = clinics;
	}

	public ZoneId zone() {
		return clinics.zoneOf(CurrentUser.clinicId());
	}

	/** Appointments starting on the days [first, last] of the clinic's calendar; one therapist's if given. */
	@StaffAccess
	public List<DiaryEntry> days(LocalDate first, LocalDate last, UUID therapistId) {
		ZoneId zone = zone();
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
		List<Appointment> found = appointments.starting(from, to).stream()
			.filter(a -> therapistId == null || a.therapistId().equals(therapistId))
			.toList();
		Map<UUID, String> clientNames = clients.namesOf(found.stream().map(Appointment::clientId).toList());
		Map<UUID, String> staffNames = new HashMap<>();
		accounts.staff().forEach((StaffMember s) -> staffNames.put(s.id(), s.displayName()));
		Map<UUID, String> roomNames = new HashMap<>();
		clinics.rooms().forEach((Room r) -> roomNames.put(r.id(), r.name()));
		Map<UUID, String> typeNames = new HashMap<>();
		schedule.types().forEach(t -> typeNames.put(t.id(), t.name()));
		return found.stream().map(a -> {
			ZonedDateTime start = a.start().atZone(zone);
			return new DiaryEntry(a.id(), start.toLocalDate(), start.toLocalTime(), a.end().atZone(zone).toLocalTime(),
					a.status(), a.source(), a.clientId(), Objects.requireNonNullElse(clientNames.get(a.clientId()), "—"),
					a.therapistId(), Objects.requireNonNullElse(staffNames.get(a.therapistId()), "—"), a.roomId(),
					Objects.requireNonNullElse(roomNames.get(a.roomId()), "—"), a.typeId(),
					Objects.requireNonNullElse(typeNames.get(a.typeId()), "—"));
		}).toList();
	}
}
