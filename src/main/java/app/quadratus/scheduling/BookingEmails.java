package app.quadratus.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;

import app.quadratus.clients.ClientContact;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinic;
import app.quadratus.clinic.Clinics;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.scheduling.feed.CalendarEvent;
import app.quadratus.scheduling.feed.CalendarFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails of online booking: the confirmation (with the booking as an .ics file and the link to
 * cancel or move it) and a waitlist offer. Date, time, place, type and therapist only: nothing clinical.
 * A client who refused appointment emails gets none.
 */
@Component
class BookingEmails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

	private final Mailer mailer;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	BookingEmails(Mailer mailer, ClientRecords clients, Clinics clinics, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			Clock clock, @Value("${quadratus.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.clients = clients;
		this.clinics = clinics;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	boolean confirmation(Appointment a, String typeName, String therapistName, String linkSecret) {
		Clinic clinic = clinics.find(a.clinicId());
		ZoneId zone = clinics.zoneOf(a.clinicId());
		String ics = CalendarFiles.write(List.of(new CalendarEvent(a.id(), a.start(), a.end(),
				typeName + " at " + clinic.name(), address(clinic), false)), false, clock.instant());
		return send(a.clinicId(), a.clientId(), "Booking confirmed: " + WHEN.format(a.start().atZone(zone)),
				"your booking at " + clinic.name() + " is confirmed:\n\n" + details(a, typeName, therapistName, clinic, zone)
						+ "\nThe attached calendar file adds it to your calendar.\n\nTo cancel or move it:\n" + baseUrl
						+ "/book/manage/" + linkSecret + "\n",
				List.of(new EmailMessage.Attachment("booking.ics", CalendarFiles.MEDIA_TYPE,
						ics.getBytes(StandardCharsets.UTF_8))));
	}

	boolean offer(UUID clinicId, UUID clientId, java.time.Instant start, String typeName, String offerSecret) {
		Clinic clinic = clinics.find(clinicId);
		ZoneId zone = clinics.zoneOf(clinicId);
		return send(clinicId, clientId, "A time has come free: " + WHEN.format(start.atZone(zone)),
				"a time you were waiting for at " + clinic.name() + " has come free: " + typeName + " on "
						+ WHEN.format(start.atZone(zone)) + ".\n\nThe first to confirm gets it:\n" + baseUrl + "/book/offer/"
						+ offerSecret + "\n",
				List.of());
	}

	private boolean send(UUID clinicId, UUID clientId, String subject, String text, List<EmailMessage.Attachment> files) {
		ClientContact contact = clients.contactInClinic(clinicId, clientId).orElse(null);
		if (contact == null || refused(clinicId, clientId)) {
			return false;
		}
		String body = "Dear " + contact.name() + ",\n\n" + text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1)
				+ "\n" + clinics.find(clinicId).name() + "\n";
		return mailer.send(new EmailMessage(contact.email(), subject, body, files));
	}

	private boolean refused(UUID clinicId, UUID clientId) {
		return jdbc.sql("select count(*) from appointment_email_refusal where clinic_id = ? and client_id = ?")
			.params(clinicId, clientId).query(Long.class).single() > 0;
	}

	private static String details(Appointment a, String typeName, String therapistName, Clinic clinic, ZoneId zone) {
		return "When: " + WHEN.format(a.start().atZone(zone)) + "\nWhat: " + typeName + "\nWith: " + therapistName
				+ "\nWhere: " + address(clinic) + "\n";
	}

	private static String address(Clinic clinic) {
		StringJoiner address = new StringJoiner(", ");
		for (String part : new String[] { clinic.name(), clinic.addressLine(), clinic.town(), clinic.postcode() }) {
			if (part != null && !part.isBlank()) {
				address.add(part);
			}
		}
		return address.toString();
	}
}
