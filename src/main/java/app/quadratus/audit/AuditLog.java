package app.quadratus.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to which record. Called by every module that shows or changes a client's
 * record; it joins the caller's transaction, so a change that rolls back leaves no false entry.
 */
@Service
public class AuditLog {

	private final AuditRepository repository;

	private final Clock clock;

	AuditLog(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** An action by the signed-in person on a record of their clinic. */
	@Transactional
	public void record(AuditAction action, String objectType, Object objectId, UUID clientId) {
		record(action, objectType, objectId, clientId, AuditOutcome.SUCCESS);
	}

	@Transactional
	public void record(AuditAction action, String objectType, Object objectId, UUID clientId, AuditOutcome outcome) {
		ClinicPrincipal actor = CurrentUser.get();
		append(actor.clinicId(), actor.accountId(), actor.email(), actor.role().name(), action, objectType, objectId,
				clientId, outcome);
	}

	/** A request the person's role does not allow; the path stands for the object. */
	@Transactional
	public void recordRefusal(ClinicPrincipal who, String method, String path) {
		recordRefusal(who, AuditAction.ACCESS_DENIED, method, path);
	}

	/** A refused request (a role that does not allow it, or an id not in the clinic); the path stands for the object. */
	@Transactional
	public void recordRefusal(ClinicPrincipal who, AuditAction action, String method, String path) {
		append(who.clinicId(), who.accountId(), who.email(), who.role().name(), action, "request " + method, path, null,
				AuditOutcome.DENIED);
	}

	/** An event about an account when nobody is signed in (a failed sign-in, a lock, a reset link). */
	@Transactional
	public void recordForAccount(UUID clinicId, UUID accountId, String email, String role, AuditAction action,
			AuditOutcome outcome) {
		append(clinicId, accountId, email, role, action, "account", accountId, null, outcome);
	}

	/**
	 * An action by a client through a one-time link (e.g. an emailed questionnaire), when nobody is
	 * signed in: the actor is the client, identified by the record, not by an account.
	 */
	@Transactional
	public void recordByClientLink(UUID clinicId, UUID clientId, AuditAction action, String objectType, Object objectId) {
		append(clinicId, null, null, "CLIENT", action, objectType, objectId, clientId, AuditOutcome.SUCCESS);
	}

	private void append(UUID clinicId, UUID actorId, String email, String role, AuditAction action, String objectType,
			Object objectId, UUID clientId, AuditOutcome outcome) {
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		AuditEntry draft = new AuditEntry(0, now, clinicId, actorId, email, role, action, objectType,
				objectId == null ? null : objectId.toString(), clientId, outcome, requestAddress(), null, null);
		repository.append(draft);
	}

	private static String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
