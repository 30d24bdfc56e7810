package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import app.quadratus.treatment.TreatmentSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, moving and the appointment's transitions. Every change runs in one transaction with its slot
 * claims, so the database refuses a double booking however many requests or app instances race.
 */
@Service
public class Appointments {

	private final AppointmentRepository repository;

	private final SlotClaims claims;

	private final Schedule schedule;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TreatmentSessions sessions;

	Appointments(AppointmentRepository repository, SlotClaims claims, Schedule schedule, ClientRecords clients,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, TreatmentSessions sessions) {
		this.sessions = sessions;
		this.repository = repository;
		this.claims = claims;
		this.schedule = schedule;
		this.clients = clients;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@StaffAccess
	@Transactional
	public Appointment book(NewAppointment request) {
		Appointment appointment = draft(request, AppointmentSource.STAFF);
		repository.insert(appointment);
		claims.claim(appointment);
		audit.record(AuditAction.CREATE, "appointment", appointment.id(), appointment.clientId());
		return appointment;
	}

	/**
	 * What a booking would clash with, checked against the same claims the booking takes, without
	 * saving anything: the calendar shows it before the user saves. Bad input is still a 422.
	 */
	@StaffAccess
	@Transactional(readOnly = true)
	public Set<String> clashes(NewAppointment request, UUID moving) {
		Appointment draft = draft(request, AppointmentSource.STAFF);
		return claims.clashes(draft, moving).stream().map(r -> r.name().toLowerCase())
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	@StaffAccess
	public Appointment find(UUID id) {
		return repository.find(CurrentUser.clinicId(), id).orElseThrow(() -> new NotFoundException("appointment"));
	}

	/** Cancels and frees the time; the appointment is kept. */
	@StaffAccess
	@Transactional
	public Appointment cancel(UUID id, String reason) {
		if (reason != null && reason.strip().length() > 300) {
			throw new InvalidFieldException("reason", "is longer than 300 characters");
		}
		Appointment cancelled = find(id).cancel(reason, CurrentUser.get().accountId(), clock.instant());
		repository.update(cancelled);
		claims.release(cancelled.clinicId(), cancelled.id());
		audit.record(AuditAction.UPDATE, "appointment", id, cancelled.clientId());
		events.publishEvent(new AppointmentCancelled(id, cancelled.clinicId(), cancelled.therapistId(),
				cancelled.roomId(), cancelled.start(), cancelled.end()));
		return cancelled;
	}

	/**
	 * The client is here: their draft treatment session opens (or the therapist's open draft is reused)
	 * through treatment's published API, and the today page links straight to it. Publishes
	 * AppointmentArrived for anyone else who cares.
	 */
	@StaffAccess
	@Transactional
	public Appointment arrive(UUID id) {
		Instant now = clock.instant();
		Appointment arrived = find(id).arrive(now);
		repository.update(arrived);
		repository.linkSession(arrived.clinicId(), id, sessions.openDraftFor(arrived.clientId(), arrived.therapistId()));
		audit.record(AuditAction.UPDATE, "appointment", id, arrived.clientId());
		events.publishEvent(new AppointmentArrived(id, arrived.clinicId(), arrived.clientId(), arrived.therapistId(),
				arrived.start(), now));
		return arrived;
	}

	@StaffAccess
	@Transactional
	public Appointment complete(UUID id) {
		Appointment completed = find(id).complete(clock.instant());
		repository.update(completed);
		audit.record(AuditAction.UPDATE, "appointment", id, completed.clientId());
		return completed;
	}

	/** The client did not come. The time stays taken: it has passed. */
	@StaffAccess
	@Transactional
	public Appointment markNoShow(UUID id) {
		Appointment missed = find(id).markNoShow(clock.instant());
		repository.update(missed);
		audit.record(AuditAction.UPDATE, "appointment", id, missed.clientId());
		return missed;
	}

	/** Moves a booked appointment to another time, room or therapist; refused like a new booking on a clash. */
	@StaffAccess
	@Transactional
	public Appointment move(UUID id, NewAppointment to) {
		Appointment existing = find(id);
		if (!existing.clientId().equals(to.clientId()) || !existing.typeId().equals(to.typeId())) {
			throw new InvalidFieldException("clientId", "scheduling.move.sameClientAndType");
		}
		Appointment draft = draft(to, existing.source());
		Appointment moved = existing.moveTo(draft.therapistId(), draft.roomId(), draft.start(), schedule.type(to.typeId()));
		claims.release(existing.clinicId(), id);
		repository.update(moved);
		claims.claim(moved);
		audit.record(AuditAction.UPDATE, "appointment", id, moved.clientId());
		events.publishEvent(new AppointmentMoved(id, existing.clinicId(), existing.therapistId(), existing.roomId(),
				existing.start(), existing.end()));
		return moved;
	}

	/** The clinic's appointments starting in [from, to), for the calendar and the day list. */
	@StaffAccess
	public List<Appointment> starting(Instant from, Instant to) {
		return repository.starting(CurrentUser.clinicId(), from, to);
	}

	/** The draft sessions arrivals opened, by appointment id: one query for a day's list. */
	@StaffAccess
	public java.util.Map<UUID, UUID> sessionsOpened(java.util.Collection<UUID> appointmentIds) {
		return repository.sessionsOf(CurrentUser.clinicId(), appointmentIds);
	}

	List<Appointment> ofClient(UUID clinicId, UUID clientId) {
		return repository.ofClient(clinicId, clientId);
	}

	/** Seeds many appointments with their claims in one go; for the demo, before anyone signs in. */
	@Transactional
	void seedAll(List<Appointment> appointments) {
		repository.insertAll(appointments);
		claims.claimAll(appointments.stream().filter(a -> a.status().holdsTime()).toList());
	}

	private Appointment draft(NewAppointment request, AppointmentSource source) {
		List<FieldProblem> problems = new ArrayList<>();
		AppointmentType type = request.typeId() == null ? null
				: schedule.types().stream().filter(t -> t.id().equals(request.typeId())).findFirst().orElse(null);
		if (type == null) {
			problems.add(new FieldProblem("typeId", "is not an appointment type of this clinic"));
		}
		if (request.therapistId() == null || schedule.therapist(request.therapistId()).isEmpty()) {
			problems.add(new FieldProblem("therapistId", "is not a therapist of this clinic"));
		}
		if (request.roomId() == null || schedule.room(request.roomId()).isEmpty()) {
			problems.add(new FieldProblem("roomId", "is not a room in use in this clinic"));
		}
		if (request.clientId() == null || !clients.exists(request.clientId())) {
			problems.add(new FieldProblem("clientId", "is not a client of this clinic"));
		}
		if (request.start() == null) {
			problems.add(new FieldProblem("start", "is required"));
		}
		else if (request.start().toEpochSecond() % (SlotClaims.SLOT_MINUTES * 60) != 0 || request.start().getNano() != 0) {
			problems.add(new FieldProblem("start", "must be on a " + SlotClaims.SLOT_MINUTES + "-minute boundary"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		return Appointment.book(CurrentUser.clinicId(), request.therapistId(), request.roomId(), request.clientId(), type,
				request.start().toInstant(), source, CurrentUser.get().accountId(), clock.instant());
	}
}
