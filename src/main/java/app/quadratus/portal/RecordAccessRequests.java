package app.quadratus.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PS-28: what the self-service download leaves out (the therapist's unshared notes) is released only
 * after staff review. The client asks in the portal; the request waits on the staff's list.
 */
@Service
public class RecordAccessRequests {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	RecordAccessRequests(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@ClientSelfAccess
	@Transactional
	public UUID request(String details) {
		String clean = details == null || details.isBlank() ? null : details.strip();
		if (clean != null && clean.length() > 1000) {
			throw new InvalidFieldException("details", "field.tooLong");
		}
		UUID id = UUID.randomUUID();
		UUID clientId = CurrentUser.ownClientId();
		jdbc.sql("""
				insert into record_access_request (id, clinic_id, client_id, details, requested_at) values (?, ?, ?, ?, ?)""")
			.params(id, CurrentUser.clinicId(), clientId, clean, SqlTime.of(clock.instant()))
			.update();
		audit.record(AuditAction.CREATE, "record-access-request", id, clientId);
		return id;
	}

	/** The clinic's requests not yet reviewed, oldest first. */
	@StaffAccess
	public List<Pending> pending() {
		return jdbc.sql("""
				select r.id, r.client_id, c.given_name, c.family_name, r.details, r.requested_at
				from record_access_request r join client c on c.id = r.client_id and c.clinic_id = r.clinic_id
				where r.clinic_id = ? and r.reviewed_at is null order by r.requested_at limit 200""")
			.param(CurrentUser.clinicId())
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("details"),
					rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public record Pending(UUID id, UUID clientId, String clientName, String details, Instant requestedAt) {
	}
}
