package app.quadratus.scheduling.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import app.quadratus.clients.ClientContact;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails each client a reminder the clinic's chosen number of hours before a booked appointment: the
 * date, time, clinic, address, room and therapist, and how to cancel; nothing clinical. The reminder is
 * claimed in the database (a row with a unique (appointment, kind)) and committed before the email is
 * sent, so two app instances never send it twice; a lost race is simply skipped.
 */
@Service
public class AppointmentReminders {

	private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

	private final ReminderRepository repository;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Accounts accounts;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final app.quadratus.scheduling.BookingLinks links;

	private final String baseUrl;

	AppointmentReminders(ReminderRepository repository, ClientRecords clients, Clinics clinics, Accounts accounts,
			Mailer mailer, TransactionTemplate transactions, Clock clock, app.quadratus.scheduling.BookingLinks links,
			@org.springframework.beans.factory.annotation.Value("${quadratus.base-url}") String baseUrl) {
		this.links = links;
		this.baseUrl = baseUrl;
		this.repository = repository;
		this.clients = clients;
		this.clinics = clinics;
		this.accounts = accounts;
		this.mailer = mailer;
		this.transactions = transactions;
		this.clock = clock;
	}

	@app.quadratus.shared.security.OwnerAccess
	public int hoursBefore() {
		return repository.hoursBefore(app.quadratus.shared.security.CurrentUser.clinicId());
	}

	@app.quadratus.shared.security.OwnerAccess
	@org.springframework.transaction.annotation.Transactional
	public void setHoursBefore(Integer hours) {
		if (hours == null || hours < 1 || hours > 168) {
			throw new app.quadratus.shared.InvalidFieldException("hoursBefore", "reminders.hours.range");
		}
		repository.saveHoursBefore(app.quadratus.shared.security.CurrentUser.clinicId(), hours);
	}

	/** Sends every reminder now due; returns how many emails this run sent. */
	public int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (ReminderRepository.Due due : repository.unreminded(now)) {
			if (due.start().isAfter(now.plusSeconds(due.hoursBefore() * 3600L)) || !claim(due, now)) {
				continue;
			}
			Optional<ClientContact> contact = clients.contactInClinic(due.clinicId(), due.clientId());
			if (contact.isEmpty() || repository.refused(due.clinicId(), due.clientId())) {
				continue;
			}
			if (mailer.send(message(due, contact.get()))) {
				sent++;
			}
		}
		return sent;
	}

	/** True when this run claimed the reminder; false when another run (or instance) already has. */
	private boolean claim(ReminderRepository.Due due, Instant now) {
		try {
			transactions.executeWithoutResult(status -> repository.claim(due, now));
			return true;
		}
		catch (DataIntegrityViolationException | org.springframework.dao.ConcurrencyFailureException e) {
			return false;
		}
	}

	private EmailMessage message(ReminderRepository.Due due, ClientContact contact) {
		Clinic clinic = clinics.find(due.clinicId());
		ZoneId zone = clinics.zoneOf(due.clinicId());
		String therapist = accounts.nameInClinic(due.clinicId(), due.therapistId());
		String room = clinics.roomsInClinic(due.clinicId()).stream().filter(r -> r.id().equals(due.roomId()))
			.map(Room::name).findFirst().orElse(null);
		StringJoiner address = new StringJoiner(", ");
		for (String part : new String[] { clinic.addressLine(), clinic.town(), clinic.postcode() }) {
			if (part != null) {
				address.add(part);
			}
		}
		StringBuilder body = new StringBuilder();
		body.append("Dear ").append(contact.name()).append(",\n\n");
		body.append("This is a reminder of your appointment at ").append(clinic.name()).append(":\n\n");
		body.append("When: ").append(WHEN.format(due.start().atZone(zone))).append('\n');
		body.append("What: ").append(due.typeName()).append('\n');
		if (therapist != null) {
			body.append("With: ").append(therapist).append('\n');
		}
		body.append("Where: ").append(address).append(room == null ? "" : " (" + room + ")").append("\n\n");
		body.append("To cancel or move it: ").append(baseUrl).append("/book/manage/")
			.append(links.issue(due.clinicId(), due.id())).append("\n\nOr contact the clinic");
		if (clinic.phone() != null) {
			body.append(" on ").append(clinic.phone());
		}
		if (clinic.email() != null) {
			body.append(" or at ").append(clinic.email());
		}
		body.append(".\n\n").append(clinic.name()).append('\n');
		log.debug("Reminder for appointment {} to client {}", due.id(), due.clientId());
		return new EmailMessage(contact.email(), "Appointment reminder: " + WHEN.format(due.start().atZone(zone)), body.toString());
	}

}
