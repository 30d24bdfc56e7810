package app.quadratus.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.ClinicalAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PS-28: what the self-service download leaves out (the therapist's unshared notes) is released only
 * after staff review. The client asks in the portal; the request waits on the list of the owner and the
 * therapists, who approve or refuse it once, with a reason the client reads in the portal (and an email
 * telling them to look, with nothing clinical in it). Every step is audited.
 */
@Service
public class RecordAccessRequests {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private static final String AUDIT_TYPE = "record-access-request";

	private final Clock clock;

	private final Mailer mailer;

	private final String baseUrl;

	RecordAccessRequests(JdbcClient jdbc, AuditLog audit, Clock clock, Mailer mailer,
			@Value("${quadratus.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.mailer = mailer;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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

	/**
	 * Approves or refuses a request, once, with the reason the client is shown.
	 *
	 * @throws NotFoundException for another clinic's request
	 * @throws InvalidFieldException naming {@code reason} when there is none or it is too long
	 * @throws ConflictException when it was decided already (by someone else, perhaps a moment ago)
	 */
	@ClinicalAccess
	@Transactional
	public void decide(UUID id, boolean approve, String reason) {
		UUID clinicId = CurrentUser.clinicId();
		Requester request = jdbc.sql("""
				select r.client_id, c.given_name, c.family_name, c.email
				from record_access_request r join client c on c.id = r.client_id and c.clinic_id = r.clinic_id
				where r.clinic_id = ? and r.id = ?""")
			.params(clinicId, id)
			.query((rs, row) -> new Requester(rs.getObject("client_id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("email")))
			.optional()
			.orElseThrow(() -> new NotFoundException("record request"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidFieldException("reason", "portal.requests.reason.required");
		}
		if (why.length() > 1000) {
			throw new InvalidFieldException("reason", "field.tooLong");
		}
		int decided = jdbc.sql("""
				update record_access_request set decision = ?, decision_reason = ?, reviewed_by = ?, reviewed_at = ?
				where clinic_id = ? and id = ? and reviewed_at is null""")
			.params(approve ? "approved" : "refused", why, CurrentUser.get().accountId(), SqlTime.of(clock.instant()),
					clinicId, id)
			.update();
		if (decided != 1) {
			throw new ConflictException("record-request.decided: this request was already answered");
		}
		audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, request.clientId());
		if (request.email() != null) {
			// Tells them to look, with nothing clinical in the email.
			mailer.send(new EmailMessage(request.email(), "Your clinic has answered your request",
					"Hello " + request.clientName() + ",\n\nYour clinic has answered your request for your record. "
							+ "Sign in to your client pages to read the answer:\n\n" + baseUrl + "/portal/details#data\n"));
		}
	}

	/** The signed-in client's own requests, newest first, with the clinic's answer once given. */
	@ClientSelfAccess
	@Transactional
	public List<Mine> mine() {
		UUID clientId = CurrentUser.ownClientId();
		audit.record(AuditAction.VIEW, AUDIT_TYPE, clientId, clientId);
		return jdbc.sql("""
				select requested_at, decision, decision_reason, reviewed_at from record_access_request
				where clinic_id = ? and client_id = ? order by requested_at desc limit 20""")
			.params(CurrentUser.clinicId(), clientId)
			.query((rs, row) -> new Mine(rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
					rs.getString("decision"), rs.getString("decision_reason"),
					rs.getObject("reviewed_at", OffsetDateTime.class) == null ? null
							: rs.getObject("reviewed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** The clinic's requests not yet reviewed, oldest first: for the owner and the therapists. */
	@ClinicalAccess
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

	private record Requester(UUID clientId, String clientName, String email) {
	}

	/** decision is null while waiting, else "approved" or "refused" with the reason. */
	public record Mine(Instant requestedAt, String decision, String reason, Instant decidedAt) {
	}
}
