package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.OneTimeSecret;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link in a booking's emails: whoever holds its secret may cancel or move that one booking, without
 * signing in, until the clinic's cancellation cut-off. Only the secret's hash is stored; an unknown
 * secret is a 404. A move goes to a slot the clinic offers now and claims it like any booking.
 */
@Service
public class BookingLinks {

	/** A booking as its link shows it. */
	public record Linked(Appointment appointment, String typeName, String therapistName, String clinicName, ZoneId zone,
			Instant cutoff, boolean changeable) {
	}

	private final OnlineBookingRepository repository;

	private final AppointmentRepository appointments;

	private final SlotClaims claims;

	private final OnlineBookings online;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BookingLinks(OnlineBookingRepository repository, AppointmentRepository appointments, SlotClaims claims,
			OnlineBookings online, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.appointments = appointments;
		this.claims = claims;
		this.online = online;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Linked find(String secret) {
		Appointment a = appointment(secret);
		Instant cutoff = online.cutoff(a.clinicId(), a.start());
		String therapist = online.therapists(a.clinicId()).stream().filter(t -> t.id().equals(a.therapistId()))
			.map(Therapist::name).findFirst().orElse("—");
		return new Linked(a, online.type(a.clinicId(), a.typeId()).name(), therapist, online.clinic(a.clinicId()).name(),
				online.zone(a.clinicId()), cutoff, a.status() == AppointmentStatus.BOOKED && clock.instant().isBefore(cutoff));
	}

	/**
	 * A new link for an appointment, for a reminder sent with nobody signed in; the link sent before
	 * stops working (only the newest email's link does).
	 */
	@Transactional
	public String issue(UUID clinicId, UUID appointmentId) {
		String secret = OneTimeSecret.newSecret();
		repository.replaceLink(clinicId, appointmentId, OneTimeSecret.hash(secret), clock.instant());
		return secret;
	}

	@Transactional
	public Appointment cancel(String secret) {
		Appointment a = changeable(secret);
		Appointment cancelled = a.cancel("Cancelled online by the client", null, clock.instant());
		appointments.update(cancelled);
		claims.release(a.clinicId(), a.id());
		audit.recordByClientLink(a.clinicId(), a.clientId(), AuditAction.UPDATE, "appointment", a.id());
		events.publishEvent(new AppointmentCancelled(a.id(), a.clinicId(), a.therapistId(), a.roomId(), a.start(), a.end()));
		return cancelled;
	}

	/** Moves the booking to another time the clinic offers, with the same therapist and type. */
	@Transactional
	public Appointment move(String secret, Instant to) {
		Appointment a = changeable(secret);
		AppointmentType type = online.type(a.clinicId(), a.typeId());
		claims.release(a.clinicId(), a.id());
		OnlineBookings.OpenSlot slot = online.offered(a.clinicId(), type, a.therapistId(), to)
			.orElseThrow(() -> new ConflictException("booking.slot.gone"));
		Appointment moved = a.moveTo(a.therapistId(), slot.roomId(), slot.start(), type);
		appointments.update(moved);
		claims.claim(moved);
		audit.recordByClientLink(a.clinicId(), a.clientId(), AuditAction.UPDATE, "appointment", a.id());
		events.publishEvent(new AppointmentMoved(a.id(), a.clinicId(), a.therapistId(), a.roomId(), a.start(), a.end()));
		return moved;
	}

	private Appointment changeable(String secret) {
		Linked linked = find(secret);
		if (!linked.changeable()) {
			throw new ConflictException("booking.link.tooLate");
		}
		return linked.appointment();
	}

	private Appointment appointment(String secret) {
		if (secret == null || secret.length() != OneTimeSecret.LENGTH) {
			throw new NotFoundException("booking");
		}
		UUID[] link = repository.link(OneTimeSecret.hash(secret)).orElseThrow(() -> new NotFoundException("booking"));
		return appointments.find(link[0], link[1]).orElseThrow(() -> new NotFoundException("booking"));
	}
}
