package app.quadratus.portal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The opt-in daily homework reminder: one email a day at the client's chosen time in their own time zone.
 * Never two for one day, even with two app instances: the (client, local day) row is claimed in the
 * database (a unique key) before the email goes. Each email carries its own unsubscribe secret, which
 * works without signing in. The email says nothing clinical (no exercise names).
 */
@Service
public class HomeworkReminders {

	private static final Logger log = LoggerFactory.getLogger(HomeworkReminders.class);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final String baseUrl;

	HomeworkReminders(JdbcClient jdbc, Mailer mailer, AuditLog audit, Clock clock, TransactionTemplate transactions,
			@Value("${quadratus.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.transactions = transactions;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The signed-in client's reminder, if they opted in. */
	@ClientSelfAccess
	public Optional<Setting> mine() {
		return jdbc.sql("select send_at, time_zone from homework_reminder where clinic_id = ? and client_id = ?")
			.params(CurrentUser.clinicId(), CurrentUser.ownClientId())
			.query((rs, row) -> new Setting(rs.getObject("send_at", LocalTime.class), ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	/** Opts in (or changes the time): the time is local to {@code zone}, an IANA zone such as Europe/London. */
	@ClientSelfAccess
	public void optIn(LocalTime at, String zone) {
		if (at == null) {
			throw new InvalidFieldException("sendAt", "portal.reminder.time");
		}
		ZoneId zoneId;
		try {
			zoneId = ZoneId.of(zone == null ? "" : zone.strip());
		}
		catch (DateTimeException e) {
			throw new InvalidFieldException("zone", "portal.reminder.zone");
		}
		UUID clientId = CurrentUser.ownClientId();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from homework_reminder where client_id = ?").param(clientId).update();
			jdbc.sql("""
					insert into homework_reminder (client_id, clinic_id, send_at, time_zone, email, display_name, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(clientId, CurrentUser.clinicId(), at.withSecond(0).withNano(0), zoneId.getId(),
						CurrentUser.get().email(), CurrentUser.get().displayName(), SqlTime.of(clock.instant()))
				.update();
			audit.record(AuditAction.UPDATE, "homework-reminder", clientId, clientId);
		});
	}

	@ClientSelfAccess
	public void optOut() {
		UUID clientId = CurrentUser.ownClientId();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from homework_reminder where clinic_id = ? and client_id = ?")
				.params(CurrentUser.clinicId(), clientId).update();
			audit.record(AuditAction.UPDATE, "homework-reminder", clientId, clientId);
		});
	}

	/**
	 * The unsubscribe link of any reminder email: stops the reminders (only through the confirm page's POST:
	 * mail scanners follow links with GET). False for an unknown secret. The secret does nothing else.
	 */
	public boolean unsubscribe(String secret) {
		Optional<UUID> client = clientOf(secret);
		client.ifPresent(id -> jdbc.sql("delete from homework_reminder where client_id = ?").param(id).update());
		return client.isPresent();
	}

	/** Whether the secret is one of a reminder email's unsubscribe links (for the confirm page). */
	public boolean isUnsubscribeLink(String secret) {
		return clientOf(secret).isPresent();
	}

	private Optional<UUID> clientOf(String secret) {
		if (secret == null || secret.length() != OneTimeSecret.LENGTH) {
			return Optional.empty();
		}
		return jdbc.sql("select client_id from homework_reminder_sent where unsubscribe_hash = ?")
			.param(OneTimeSecret.hash(secret)).query(UUID.class).optional();
	}

	/**
	 * Every minute: the reminders whose local time has come today and that no instance has claimed yet; only
	 * for clients still on the books with an enabled account, to the email on their record now.
	 */
	@Scheduled(fixedDelayString = "${quadratus.reminders.every:60000}", initialDelayString = "${quadratus.reminders.every:60000}")
	public void sendDue() {
		Instant now = clock.instant();
		List<Due> candidates = jdbc.sql("""
				select r.client_id, r.send_at, r.time_zone, c.email, r.display_name,
				(select max(s.local_day) from homework_reminder_sent s where s.client_id = r.client_id) last_day
				from homework_reminder r
				join client c on c.id = r.client_id and c.archived = false and c.email is not null
				where exists (select 1 from account a where a.client_id = r.client_id and a.enabled = true and a.role = 'CLIENT')""")
			.query((rs, row) -> new Due(rs.getObject("client_id", UUID.class), rs.getObject("send_at", LocalTime.class),
					ZoneId.of(rs.getString("time_zone")), rs.getString("email"), rs.getString("display_name"),
					rs.getObject("last_day", LocalDate.class)))
			.list();
		for (Due due : candidates) {
			ZonedDateTime local = now.atZone(due.zone());
			boolean sentToday = due.lastDay() != null && !due.lastDay().isBefore(local.toLocalDate());
			if (sentToday || local.toLocalTime().isBefore(due.at())) {
				continue;
			}
			send(due, local.toLocalDate(), now);
		}
	}

	private void send(Due due, LocalDate day, Instant now) {
		String secret = OneTimeSecret.newSecret();
		try {
			jdbc.sql("""
					insert into homework_reminder_sent (clinic_id, client_id, local_day, claimed_at, unsubscribe_hash)
					select clinic_id, client_id, ?, ?, ? from homework_reminder where client_id = ?""")
				.params(day, SqlTime.of(now), OneTimeSecret.hash(secret), due.clientId())
				.update();
		}
		catch (DuplicateKeyException e) {
			return; // another instance (or an earlier run) has this day
		}
		boolean sent = mailer.send(new EmailMessage(due.email(), "Your exercises for today",
				"Hello " + due.name() + ",\n\nA gentle reminder: your exercises for today are waiting in your clinic's "
						+ "client pages:\n\n" + baseUrl + "/portal/homework\n\nTo stop these daily reminders, open this link "
						+ "(no need to sign in):\n\n" + baseUrl + "/reminders/unsubscribe/" + secret + "\n"));
		if (!sent) {
			log.warn("A homework reminder could not be handed to the mail server; it is not retried today");
		}
	}

	public record Setting(LocalTime at, ZoneId zone) {
	}

	private record Due(UUID clientId, LocalTime at, ZoneId zone, String email, String name, LocalDate lastDay) {
	}
}
