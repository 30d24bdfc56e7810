package app.quadratus.scheduling;

import java.time.Clock;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's choice to receive no appointment emails (reminders, confirmations, waitlist offers): a row
 * in appointment_email_refusal, which every sender checks. The client decides for themselves only.
 */
@Service
public class AppointmentEmails {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AppointmentEmails(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ClientSelfAccess
	public boolean refused() {
		return jdbc.sql("select count(*) from appointment_email_refusal where clinic_id = ? and client_id = ?")
			.params(CurrentUser.clinicId(), CurrentUser.ownClientId()).query(Long.class).single() > 0;
	}

	/** Refuses (true) or accepts again (false); saying the same twice changes nothing. */
	@ClientSelfAccess
	@Transactional
	public void refuse(boolean refuse) {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		if (refuse) {
			jdbc.sql("""
					insert into appointment_email_refusal (clinic_id, client_id, refused_at)
					select ?, ?, ? where not exists
					  (select 1 from appointment_email_refusal where clinic_id = ? and client_id = ?)""")
				.params(clinicId, clientId, SqlTime.of(clock.instant()), clinicId, clientId).update();
		}
		else {
			jdbc.sql("delete from appointment_email_refusal where clinic_id = ? and client_id = ?").params(clinicId, clientId)
				.update();
		}
		audit.record(AuditAction.UPDATE, "appointment-email-refusal", clientId, clientId);
	}
}
