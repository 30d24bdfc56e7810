package app.quadratus.clinic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic module's published API: the signed-in person's clinic, its settings and rooms. */
@Service
public class Clinics {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

	private final ClinicRepository repository;

	/** Read on every page; a clinic's zone changes perhaps once in its life. */
	private final java.util.Map<UUID, ZoneId> zones = new java.util.concurrent.ConcurrentHashMap<>();

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Clinics(ClinicRepository repository, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	/** The signed-in person's clinic. */
	public Clinic current() {
		return find(CurrentUser.clinicId());
	}

	public Clinic find(UUID clinicId) {
		return repository.find(clinicId).orElseThrow(() -> new NotFoundException("clinic"));
	}

	/** The clinic's time zone, for showing and reading days and times. */
	public ZoneId zoneOf(UUID clinicId) {
		return zones.computeIfAbsent(clinicId, id -> repository.find(id).map(Clinic::timeZone).orElse(DEFAULT_ZONE));
	}

	public boolean anyExists() {
		return repository.anyExists();
	}

	/** Creates a clinic; used by first-run setup and the demo, before anyone is signed in. */
	@Transactional
	public Clinic create(ClinicDetailsForm form) {
		Clinic clinic = toClinic(UUID.randomUUID(), form);
		repository.insert(clinic, clock.instant());
		events.publishEvent(new ClinicOpened(clinic.id(), clock.instant()));
		return clinic;
	}

	@OwnerAccess
	@Transactional
	public Clinic update(ClinicDetailsForm form) {
		Clinic clinic = toClinic(CurrentUser.clinicId(), form);
		repository.update(clinic);
		zones.remove(clinic.id());
		return clinic;
	}

	/**
	 * Whether every member of staff of the clinic must sign in with a second step (a code from an
	 * authenticator app); asked at sign-in, before anyone is signed in.
	 */
	public boolean staffTwoStepRequired(UUID clinicId) {
		return repository.staffTwoStepRequired(clinicId);
	}

	/** The owner requires two-step sign-in of all staff, or stops requiring it; published for the audit. */
	@OwnerAccess
	@Transactional
	public void requireStaffTwoStep(boolean required) {
		UUID clinicId = CurrentUser.clinicId();
		if (repository.staffTwoStepRequired(clinicId) != required) {
			repository.setStaffTwoStepRequired(clinicId, required);
			events.publishEvent(new StaffTwoStepRequirementChanged(clinicId, required));
		}
	}

	/**
	 * Whether the clinic lets its clients sign in by a one-time emailed link (PS-08); asked before anyone
	 * is signed in. Never forced: password sign-in always works.
	 */
	public boolean clientSignInLinksAllowed(UUID clinicId) {
		return repository.clientSignInLinks(clinicId);
	}

	/** The owner allows or stops emailed sign-in links for clients; published for the audit. */
	@OwnerAccess
	@Transactional
	public void allowClientSignInLinks(boolean allowed) {
		UUID clinicId = CurrentUser.clinicId();
		if (repository.clientSignInLinks(clinicId) != allowed) {
			repository.setClientSignInLinks(clinicId, allowed);
			events.publishEvent(new ClientSignInLinksChanged(clinicId, allowed));
		}
	}

	@StaffAccess
	public List<Room> rooms() {
		return repository.rooms(CurrentUser.clinicId());
	}

	/** A given clinic's rooms; for the demo, which runs before anyone signs in. */
	public List<Room> roomsInClinic(UUID clinicId) {
		return repository.rooms(clinicId);
	}

	@StaffAccess
	public Room room(UUID id) {
		return repository.room(CurrentUser.clinicId(), id).orElseThrow(() -> new NotFoundException("room"));
	}

	@OwnerAccess
	@Transactional
	public Room addRoom(RoomForm form) {
		return addRoom(CurrentUser.clinicId(), form);
	}

	/** Adds a room to a given clinic; for setup and the demo, which run before anyone signs in. */
	@Transactional
	public Room addRoom(UUID clinicId, RoomForm form) {
		Room room = new Room(UUID.randomUUID(), clinicId, form.getName().trim(), form.isHireable(),
				form.getHourlyRatePence(), true);
		repository.insertRoom(room, clock.instant());
		return room;
	}

	@OwnerAccess
	@Transactional
	public Room updateRoom(UUID id, RoomForm form) {
		Room existing = room(id);
		Room updated = new Room(existing.id(), existing.clinicId(), form.getName().trim(), form.isHireable(),
				form.getHourlyRatePence(), form.isActive());
		repository.updateRoom(updated);
		return updated;
	}

	private static Clinic toClinic(UUID id, ClinicDetailsForm form) {
		return new Clinic(id, form.getName().trim(), blankToNull(form.getAddressLine()), blankToNull(form.getTown()),
				blankToNull(form.getPostcode()), blankToNull(form.getPhone()), blankToNull(form.getEmail()),
				ZoneId.of(form.getTimeZone()), Locale.forLanguageTag(form.getLocale()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
