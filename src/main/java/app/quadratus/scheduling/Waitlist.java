package app.quadratus.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waitlist: a client waits for a day (with a therapist or anyone) and a type; when a booking that day
 * is cancelled or moved, each of them whom the freed time suits is emailed an offer. Several may be
 * offered the same time: the first to confirm books it, and the slot claims make the database refuse
 * every later confirmation, on any number of app instances.
 */
@Service
public class Waitlist {

	private final OnlineBookingRepository repository;

	private final OnlineBookings online;

	private final BookingEmails emails;

	private final AuditLog audit;

	private final Clock clock;

	Waitlist(OnlineBookingRepository repository, OnlineBookings online, BookingEmails emails, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.online = online;
		this.emails = emails;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in client waits for this day; waiting twice for the same day and type is one entry. */
	@ClientSelfAccess
	@Transactional
	public void join(UUID clinicId, UUID typeId, UUID therapistId, LocalDate day) {
		UUID clientId = OnlineBookings.ownClientIn(clinicId);
		AppointmentType type = online.type(clinicId, typeId);
		if (therapistId != null && online.therapists(clinicId).stream().noneMatch(t -> t.id().equals(therapistId))) {
			throw new NotFoundException("therapist");
		}
		LocalDate today = LocalDate.now(clock.withZone(online.zone(clinicId)));
		if (day == null || day.isBefore(today) || day.isAfter(today.plusDays(online.policy(clinicId).horizonDays()))) {
			throw new InvalidFieldException("day", "booking.waitlist.day");
		}
		if (!online.mayBook(clinicId, clientId, type)) {
			throw new InvalidFieldException("typeId", "booking.rule.newClients");
		}
		try {
			repository.insertEntry(new OnlineBookingRepository.WaitingEntry(UUID.randomUUID(), clinicId, clientId,
					therapistId, typeId, day), clock.instant());
		}
		catch (DuplicateKeyException e) {
			return;
		}
		audit.record(AuditAction.CREATE, "waitlist-entry", clientId, clientId);
	}

	/** A cancellation frees its time. */
	@ApplicationModuleListener
	public void on(AppointmentCancelled cancelled) {
		offer(cancelled.clinicId(), cancelled.therapistId(), cancelled.roomId(), cancelled.start());
	}

	/** So does a move, for the time it left. */
	@ApplicationModuleListener
	public void on(AppointmentMoved moved) {
		offer(moved.clinicId(), moved.therapistId(), moved.roomId(), moved.formerStart());
	}

	/** Offers a freed time to those waiting for its day whom it suits (their type fits there now). */
	private void offer(UUID clinicId, UUID therapistId, UUID roomId, java.time.Instant start) {
		LocalDate day = start.atZone(online.zone(clinicId)).toLocalDate();
		for (OnlineBookingRepository.WaitingEntry entry : repository.waiting(clinicId, day, therapistId)) {
			AppointmentType type = online.type(entry.clinicId(), entry.typeId());
			if (online.offered(entry.clinicId(), type, therapistId, start).isEmpty()) {
				continue;
			}
			String secret = OneTimeSecret.newSecret();
			// One offer per entry and time, whoever else runs this listener: the insert decides.
			if (repository.insertOffer(new OnlineBookingRepository.Offer(UUID.randomUUID(), entry.clinicId(), entry.id(),
					therapistId, roomId, start, null), OneTimeSecret.hash(secret), clock.instant())) {
				emails.offer(entry.clinicId(), entry.clientId(), start, type.name(), secret);
			}
		}
	}

	/** An offer as its link shows it to the signed-in client it was made to. */
	public record Offered(UUID clinicId, java.time.Instant start, boolean taken, AppointmentType type, String therapistName) {
	}

	@ClientSelfAccess
	@Transactional(readOnly = true)
	public Offered offer(String secret) {
		OnlineBookingRepository.Offer offer = ownOffer(secret);
		AppointmentType type = online.type(offer.clinicId(), entryOf(offer).typeId());
		String therapist = online.therapists(offer.clinicId()).stream().filter(t -> t.id().equals(offer.therapistId()))
			.map(Therapist::name).findFirst().orElse("—");
		return new Offered(offer.clinicId(), offer.start(), offer.takenAt() != null, type, therapist);
	}

	/**
	 * Books the offered time for the client. Whoever confirms first wins: a later confirmation finds the
	 * time taken (by the slot claims, in the database) and is told so.
	 */
	@ClientSelfAccess
	@Transactional
	public OnlineBookings.Booked take(String secret) {
		OnlineBookingRepository.Offer offer = ownOffer(secret);
		if (offer.takenAt() != null) {
			throw new ConflictException("booking.offer.gone");
		}
		OnlineBookingRepository.WaitingEntry entry = entryOf(offer);
		OnlineBookings.Booked booked;
		try {
			booked = online.book(offer.clinicId(), entry.typeId(), offer.therapistId(), offer.start());
		}
		catch (BookingConflict e) {
			throw new ConflictException("booking.offer.gone");
		}
		repository.markTaken(offer.id(), clock.instant());
		repository.markBooked(entry.id(), clock.instant());
		return booked;
	}

	private OnlineBookingRepository.Offer ownOffer(String secret) {
		if (secret == null || secret.length() != OneTimeSecret.LENGTH) {
			throw new NotFoundException("offer");
		}
		OnlineBookingRepository.Offer offer = repository.offer(OneTimeSecret.hash(secret))
			.orElseThrow(() -> new NotFoundException("offer"));
		if (!offer.clinicId().equals(CurrentUser.clinicId()) || !entryOf(offer).clientId().equals(CurrentUser.ownClientId())) {
			throw new NotFoundException("offer");
		}
		return offer;
	}

	private OnlineBookingRepository.WaitingEntry entryOf(OnlineBookingRepository.Offer offer) {
		return repository.entry(offer.clinicId(), offer.entryId()).orElseThrow(() -> new NotFoundException("offer"));
	}
}
