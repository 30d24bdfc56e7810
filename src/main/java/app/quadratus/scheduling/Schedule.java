package app.quadratus.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the diary is made of: the clinic's therapists, rooms, appointment types and working weeks. */
@Service
public class Schedule {

	/** A therapist who has not set their week yet works Monday to Friday, 9 to 5, so they can be booked. */
	static final List<WorkingBlock> USUAL_WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
		.map(day -> new WorkingBlock(day, LocalTime.of(9, 0), LocalTime.of(17, 0)))
		.toList();

	private final ScheduleRepository repository;

	private final Accounts accounts;

	private final Clinics clinics;

	Schedule(ScheduleRepository repository, Accounts accounts, Clinics clinics) {
		this.repository = repository;
		this.accounts = accounts;
		this.clinics = clinics;
	}

	/** Enabled therapists, and any other member of staff who has a working week (an owner who treats). */
	@StaffAccess
	public List<Therapist> therapists() {
		Set<UUID> withHours = Set.copyOf(repository.withWorkingHours(CurrentUser.clinicId()));
		return accounts.staff().stream()
			.filter(s -> s.enabled() && (s.role() == Role.THERAPIST || withHours.contains(s.id())))
			.map(s -> new Therapist(s.id(), s.displayName()))
			.toList();
	}

	/** A member of staff of this clinic who has no working week yet but could be given one (an owner who treats). */
	@StaffAccess
	public Optional<Therapist> staffWhoCouldTreat(UUID id) {
		return accounts.staff().stream().filter(s -> s.id().equals(id) && s.enabled() && s.role() != Role.RECEPTION)
			.map(s -> new Therapist(s.id(), s.displayName())).findFirst();
	}

	@StaffAccess
	public Optional<Therapist> therapist(UUID id) {
		return therapists().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The clinic's rooms in use (inactive ones are kept for history but never offered). */
	@StaffAccess
	public List<Room> rooms() {
		return clinics.rooms().stream().filter(Room::active).toList();
	}

	@StaffAccess
	public Optional<Room> room(UUID id) {
		return rooms().stream().filter(r -> r.id().equals(id)).findFirst();
	}

	@StaffAccess
	public List<AppointmentType> types() {
		return repository.types(CurrentUser.clinicId());
	}

	@StaffAccess
	public AppointmentType type(UUID id) {
		return repository.type(CurrentUser.clinicId(), id).filter(AppointmentType::active)
			.orElseThrow(() -> new NotFoundException("appointment type"));
	}

	@StaffAccess
	public List<WorkingBlock> weekOf(UUID therapistId) {
		return weekOf(CurrentUser.clinicId(), therapistId);
	}

	List<WorkingBlock> weekOf(UUID clinicId, UUID therapistId) {
		List<WorkingBlock> week = repository.week(clinicId, therapistId);
		return week.isEmpty() ? USUAL_WEEK : week;
	}

	/** A new clinic starts with the usual types, so it can book at once (in the transaction that opened it). */
	@org.springframework.context.event.EventListener
	void on(app.quadratus.clinic.ClinicOpened opened) {
		addStandardTypes(opened.clinicId(), opened.at());
	}

	/** The usual three types of a massage clinic, unless the clinic has types already; for a new clinic and the demo. */
	@Transactional
	public void addStandardTypes(UUID clinicId, Instant now) {
		if (!repository.types(clinicId).isEmpty()) {
			return;
		}
		repository.insertType(new AppointmentType(UUID.randomUUID(), clinicId, "Initial assessment", 60, 15, true, true), now);
		repository.insertType(new AppointmentType(UUID.randomUUID(), clinicId, "Follow-up", 45, 15, false, true), now);
		repository.insertType(new AppointmentType(UUID.randomUUID(), clinicId, "Maintenance", 60, 15, false, true), now);
	}

	/** Sets a therapist's usual week; for the demo, before anyone signs in. */
	@Transactional
	public void setWeekInClinic(UUID clinicId, UUID therapistId, List<WorkingBlock> week) {
		week.forEach(block -> repository.insertBlock(clinicId, therapistId, block));
	}

	/** Records time off; for the demo, before anyone signs in. */
	@Transactional
	public void addTimeOffInClinic(UUID clinicId, ScheduleException timeOff, Instant now) {
		repository.insertTimeOff(clinicId, timeOff, now);
	}

	List<AppointmentType> typesInClinic(UUID clinicId) {
		return repository.types(clinicId);
	}
}
