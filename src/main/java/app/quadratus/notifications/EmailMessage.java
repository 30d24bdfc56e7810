package app.quadratus.notifications;

import java.util.List;

/**
 * A plain-text email, with files attached if any (a calendar file with a booking). Callers keep clinical
 * content out of it: mail is not a secure channel.
 */
public record EmailMessage(String to, String subject, String body, List<Attachment> attachments) {

	public EmailMessage {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public EmailMessage(String to, String subject, String body) {
		this(to, subject, body, List.of());
	}

	/** A file sent with the message, e.g. {@code booking.ics} as {@code text/calendar}. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}
