package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A clinic's public booking: what anyone may browse (its services, therapists and free slots within
 * the clinic's notice and horizon) and what a signed-in client of that clinic may book. A booking is
 * offered only at a slot the clinic's rules offer, and claims its time like any other, so the database
 * refuses a double booking. Each online booking gets a secret link to cancel or move it.
 */
@Service
public class OnlineBookings {

	/** What one online booking made: the appointment and the secret of its cancel-or-move link. */
	public record Booked(Appointment appointment, String linkSecret) {
	}

	/** A free slot as the public page offers it: with whom, in which room. */
	public record OpenSlot(Instant start, Instant end, UUID therapistId, String therapistName, UUID roomId) {
	}

	private final ScheduleRepository schedule;

	private final FreeSlotQuery query;

	private final AppointmentRepository appointments;

	private final SlotClaims claims;

	private final OnlineBookingRepository repository;

	private final Clinics clinics;

	private final Accounts accounts;

	private final AuditLog audit;

	private final BookingEmails emails;

	private final Clock clock;

	OnlineBookings(ScheduleRepository schedule, FreeSlotQuery query, AppointmentRepository appointments, SlotClaims claims,
			OnlineBookingRepository repository, Clinics clinics, Accounts accounts, AuditLog audit, BookingEmails emails,
			Clock clock) {
		this.emails = emails;
		this.schedule = schedule;
		this.query = query;
		this.appointments = appointments;
		this.claims = claims;
		this.repository = repository;
		this.clinics = clinics;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The clinic whose page this is; an unknown id is a 404 like any other. */
	public Clinic clinic(UUID clinicId) {
		return clinics.find(clinicId);
	}

	public ZoneId zone(UUID clinicId) {
		return clinics.zoneOf(clinicId);
	}

	public BookingPolicy policy(UUID clinicId) {
		return schedule.policy(clinicId);
	}

	public List<AppointmentType> types(UUID clinicId) {
		return schedule.types(clinicId);
	}

	public AppointmentType type(UUID clinicId, UUID typeId) {
		return schedule.type(clinicId, typeId).filter(AppointmentType::active)
			.orElseThrow(() -> new NotFoundException("appointment type"));
	}

	/** Therapists clients may book: enabled therapists, and other staff with a working week of their own. */
	public List<Therapist> therapists(UUID clinicId) {
		Set<UUID> withHours = Set.copyOf(schedule.withWorkingHours(clinicId));
		return accounts.enabledStaffInClinic(clinicId).stream()
			.filter(s -> s.role() == Role.THERAPIST || withHours.contains(s.id()))
			.map(s -> new Therapist(s.id(), s.displayName()))
			.toList();
	}

	/**
	 * Free slots of one therapist (or, with null, of anyone: the first therapist free at each time), from
	 * the clinic's minimum notice up to its horizon, between the two days.
	 */
	@Transactional(readOnly = true)
	public List<OpenSlot> slots(UUID clinicId, UUID typeId, UUID therapistId, LocalDate from, LocalDate to) {
		AppointmentType type = type(clinicId, typeId);
		ZoneId zone = zone(clinicId);
		LocalDate last = LocalDate.now(clock.withZone(zone)).plusDays(policy(clinicId).horizonDays());
		LocalDate until = to.isAfter(last) ? last : to;
		if (until.isBefore(from)) {
			return List.of();
		}
		List<Therapist> who = therapists(clinicId).stream()
			.filter(t -> therapistId == null || t.id().equals(therapistId)).toList();
		if (therapistId != null && who.isEmpty()) {
			throw new NotFoundException("therapist");
		}
		List<UUID> rooms = clinics.roomsInClinic(clinicId).stream().filter(Room::active).map(Room::id).toList();
		List<OpenSlot> slots = new ArrayList<>();
		Set<Instant> taken = new java.util.HashSet<>();
		for (Therapist t : who) {
			for (FreeSlot s : query.find(clinicId, zone, t.id(), type, rooms, from, until)) {
				if (taken.add(s.start())) {
					slots.add(new OpenSlot(s.start(), s.end(), t.id(), t.name(), s.roomId()));
				}
			}
		}
		slots.sort(Comparator.comparing(OpenSlot::start));
		return slots;
	}

	/** Whether the signed-in client may book this type: a new client only a type for new clients, if the clinic says so. */
	public boolean mayBook(UUID clinicId, UUID clientId, AppointmentType type) {
		if (type.forNewClients() || !policy(clinicId).newClientsInitialOnly()) {
			return true;
		}
		return clientId != null && repository.hasHistory(clinicId, clientId);
	}

	/**
	 * Books the signed-in client at a slot the clinic offers now.
	 *
	 * @throws ConflictException when the slot is no longer free (someone else took it), or the rules refuse it
	 */
	@ClientSelfAccess
	@Transactional
	public Booked book(UUID clinicId, UUID typeId, UUID therapistId, Instant start) {
		UUID clientId = ownClientIn(clinicId);
		AppointmentType type = type(clinicId, typeId);
		if (!mayBook(clinicId, clientId, type)) {
			throw new InvalidFieldException("typeId", "booking.rule.newClients");
		}
		OpenSlot slot = offered(clinicId, type, therapistId, start)
			.orElseThrow(() -> new ConflictException("booking.slot.gone"));
		Appointment appointment = Appointment.book(clinicId, slot.therapistId(), slot.roomId(), clientId, type, slot.start(),
				AppointmentSource.ONLINE, CurrentUser.get().accountId(), clock.instant());
		appointments.insert(appointment);
		claims.claim(appointment);
		String secret = OneTimeSecret.newSecret();
		repository.insertLink(clinicId, appointment.id(), OneTimeSecret.hash(secret), clock.instant());
		audit.record(AuditAction.CREATE, "appointment", appointment.id(), clientId);
		// The confirmation goes only once the booking is committed: a refused booking sends nothing.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				emails.confirmation(appointment, type.name(), slot.therapistName(), secret);
			}
		});
		return new Booked(appointment, secret);
	}

	/** The slot at this start with this therapist, if the clinic's rules offer it now. */
	Optional<OpenSlot> offered(UUID clinicId, AppointmentType type, UUID therapistId, Instant start) {
		if (start == null || therapistId == null) {
			return Optional.empty();
		}
		LocalDate day = start.atZone(zone(clinicId)).toLocalDate();
		return slots(clinicId, type.id(), therapistId, day, day).stream().filter(s -> s.start().equals(start)).findFirst();
	}

	/** The signed-in client's own record, if their account is of this clinic; else the clinic's page is not theirs. */
	static UUID ownClientIn(UUID clinicId) {
		if (!CurrentUser.clinicId().equals(clinicId)) {
			throw new NotFoundException("clinic");
		}
		return CurrentUser.ownClientId();
	}

	/** When a booking may no longer be cancelled or moved online. */
	public Instant cutoff(UUID clinicId, Instant start) {
		return start.minus(Duration.ofHours(policy(clinicId).cancellationCutoffHours()));
	}

	/** The earliest start a booking may move to online: a new time inside the cut-off could not be changed again. */
	public Instant cutoffPassedBy(UUID clinicId) {
		return clock.instant().plus(Duration.ofHours(policy(clinicId).cancellationCutoffHours()));
	}

	/** The owner sets the clinic's online booking rules; the slot step stays as it is. */
	@app.quadratus.shared.security.OwnerAccess
	@Transactional
	public void setRules(int minimumNoticeHours, int horizonDays, int cancellationCutoffHours, boolean newClientsInitialOnly) {
		java.util.List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
		if (minimumNoticeHours < 0 || minimumNoticeHours > 336) {
			problems.add(new InvalidFieldException.FieldProblem("minimumNoticeHours", "booking.rules.notice.range"));
		}
		if (horizonDays < 1 || horizonDays > 365) {
			problems.add(new InvalidFieldException.FieldProblem("horizonDays", "booking.rules.horizon.range"));
		}
		if (cancellationCutoffHours < 0 || cancellationCutoffHours > 336) {
			problems.add(new InvalidFieldException.FieldProblem("cancellationCutoffHours", "booking.rules.cutoff.range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		UUID clinicId = CurrentUser.clinicId();
		BookingPolicy now = schedule.policy(clinicId);
		schedule.savePolicy(clinicId, new BookingPolicy(minimumNoticeHours * 60, horizonDays, cancellationCutoffHours,
				now.slotStepMinutes(), newClientsInitialOnly));
		audit.record(AuditAction.UPDATE, "booking-policy", clinicId, null);
	}
}
