package app.quadratus.scheduling;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import app.quadratus.clients.ClientRecords;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bookings clients made online that staff have not yet acknowledged: the badge and list on the today page. */
@Service
public class NewOnlineBookings {

	/** Enough to scan at the desk; the calendar holds them all. */
	static final int SHOWN = 20;

	public record NewBooking(UUID appointmentId, ZonedDateTime start, UUID clientId, String clientName,
			String therapistName, String typeName, String status) {
	}

	private final OnlineBookingRepository repository;

	private final AppointmentRepository appointments;

	private final ClientRecords clients;

	private final Accounts accounts;

	private final Schedule schedule;

	private final Diary diary;

	private final Clock clock;

	NewOnlineBookings(OnlineBookingRepository repository, AppointmentRepository appointments, ClientRecords clients,
			Accounts accounts, Schedule schedule, Diary diary, Clock clock) {
		this.repository = repository;
		this.appointments = appointments;
		this.clients = clients;
		this.accounts = accounts;
		this.schedule = schedule;
		this.diary = diary;
		this.clock = clock;
	}

	@StaffAccess
	@Transactional(readOnly = true)
	public List<NewBooking> unseen() {
		UUID clinicId = CurrentUser.clinicId();
		List<Appointment> found = repository.unseen(clinicId).stream().limit(SHOWN)
			.map(id -> appointments.find(clinicId, id)).flatMap(java.util.Optional::stream).toList();
		Map<UUID, String> names = clients.namesOf(found.stream().map(Appointment::clientId).toList());
		Map<UUID, String> types = new java.util.HashMap<>();
		schedule.types().forEach(t -> types.put(t.id(), t.name()));
		return found.stream().map(a -> new NewBooking(a.id(), a.start().atZone(diary.zone()), a.clientId(),
				Objects.requireNonNullElse(names.get(a.clientId()), "—"),
				Objects.requireNonNullElse(accounts.nameOf(a.therapistId()), "—"),
				Objects.requireNonNullElse(types.get(a.typeId()), "—"), a.status().name())).toList();
	}

	/** Staff have seen these: they leave the list (the appointments stay in the calendar). */
	@StaffAccess
	@Transactional
	public void acknowledge(List<UUID> appointmentIds) {
		repository.markSeen(CurrentUser.clinicId(), appointmentIds, clock.instant());
	}
}
