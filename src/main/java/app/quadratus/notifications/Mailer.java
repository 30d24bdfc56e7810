package app.quadratus.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Service;

/**
 * Sends email through the configured SMTP server. Without one (a laptop running the demo) nothing is
 * sent and the log says so, naming the recipient and the subject only: our emails carry one-time links
 * (invitations, password resets, questionnaires), and a link in a log file is a key anyone who can
 * read the logs could use. Callers are told (false) so they can cancel the link and say so.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String smtpHost;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String smtpHost,
			@Value("${quadratus.mail-from}") String from) {
		this.sender = sender;
		this.smtpHost = smtpHost;
		this.from = from;
	}

	/** Sends the message; returns false (and logs) when it could not be handed to the mail server. */
	public boolean send(EmailMessage message) {
		JavaMailSender mail = sender.getIfAvailable();
		if (smtpHost.isBlank() || mail == null) {
			log.warn("Mail is not configured (QUADRATUS_SMTP_HOST): email \"{}\" to {} was not sent.", message.subject(),
					message.to());
			return false;
		}
		try {
			if (message.attachments().isEmpty()) {
				SimpleMailMessage mailMessage = new SimpleMailMessage();
				mailMessage.setFrom(from);
				mailMessage.setTo(message.to());
				mailMessage.setSubject(message.subject());
				mailMessage.setText(message.body());
				mail.send(mailMessage);
			}
			else {
				mail.send(withAttachments(mail, message));
			}
			return true;
		}
		catch (MailException | MessagingException e) {
			// The exception's message can quote the message it failed to send: its class is enough.
			log.warn("Could not send email \"{}\" to {}: {}", message.subject(), message.to(), e.getClass().getSimpleName());
			return false;
		}
	}

	private MimeMessage withAttachments(JavaMailSender mail, EmailMessage message) throws MessagingException {
		MimeMessage mime = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		for (EmailMessage.Attachment file : message.attachments()) {
			helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
		}
		return mime;
	}
}
