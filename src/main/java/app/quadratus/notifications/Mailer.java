package app.quadratus.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends email through the configured SMTP server. Without one (a laptop running the demo) the message
 * is written to the log instead, so an invitation link is never silently lost.
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
			log.info("No SMTP server configured (QUADRATUS_SMTP_HOST); email to {} not sent.\nSubject: {}\n{}",
					message.to(), message.subject(), message.body());
			return false;
		}
		SimpleMailMessage mailMessage = new SimpleMailMessage();
		mailMessage.setFrom(from);
		mailMessage.setTo(message.to());
		mailMessage.setSubject(message.subject());
		mailMessage.setText(message.body());
		try {
			mail.send(mailMessage);
			return true;
		}
		catch (MailException e) {
			log.warn("Could not send email to {}: {}", message.to(), e.getMessage());
			return false;
		}
	}
}
