package app.quadratus.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import app.quadratus.shared.signed.Amendment;
import app.quadratus.shared.signed.SignedRecords;
import app.quadratus.treatment.internal.FieldReader;
import app.quadratus.treatment.internal.PlanGoal;
import app.quadratus.treatment.internal.PlanRepository;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.ReleaseReader;
import app.quadratus.treatment.internal.ReleaseRepository;
import app.quadratus.treatment.internal.SessionCursor;
import app.quadratus.treatment.internal.SessionGoal;
import app.quadratus.treatment.internal.SessionGoals;
import app.quadratus.treatment.internal.SessionReader.CheckIn;
import app.quadratus.treatment.internal.SessionReader.GoalInput;
import app.quadratus.treatment.internal.SessionRepository;
import app.quadratus.treatment.internal.SessionSummary;
import app.quadratus.treatment.internal.TreatmentSession;
import app.quadratus.treatment.internal.TriggerPointRelease;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment sessions for the API and the pages: check in (a draft), edit the draft, log releases
 * (idempotent per key), sign, amend, list. Within the signed-in person's clinic; every view and change is
 * audited. Changes lock the session row, so edits, releases and the signature of one session happen one
 * at a time, and a signed session refuses them all (409).
 */
@Service
public class TreatmentSessions {

	public static final String RECORD_TYPE = "session";

	static final String AUDIT_TYPE = "treatment-session";

	/** What an edit of a draft produced: the session with its new values, and the goals sent (null: unchanged). */
	public record Edit(TreatmentSession session, List<GoalInput> goals, FieldReader fields) {
	}

	private final SessionRepository sessions;

	private final ReleaseRepository releases;

	private final PlanRepository plans;

	private final SignedRecords signed;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TreatmentSessions(SessionRepository sessions, ReleaseRepository releases, PlanRepository plans,
			SignedRecords signed, ClientRecords clients, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.releases = releases;
		this.plans = plans;
		this.signed = signed;
		this.clients = clients;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Throws NotFoundException unless the client is one of this clinic's. */
	@ClinicalAccess
	public void requireClient(UUID clientId) {
		clients.requireExists(clientId);
	}

	/** A new draft session at check-in. */
	@ClinicalAccess
	@Transactional
	public TreatmentSession checkIn(UUID clientId, CheckIn checkIn, FieldReader fields) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		UUID planId = checkIn.planId();
		if (planId != null) {
			UUID planClient = plans.clientOf(clinicId, planId).orElseThrow(() -> new NotFoundException("plan"));
			if (!planClient.equals(clientId)) {
				fields.problem("planId", "is not a plan of this client");
			}
		}
		else if (checkIn.goals().stream().anyMatch(g -> g.planGoalId() != null)) {
			// A plan goal names its plan: the session follows the client's plan that holds it.
			UUID wanted = checkIn.goals().stream().filter(g -> g.planGoalId() != null).findFirst().get().planGoalId();
			planId = plans.planIds(clinicId, clientId).stream()
				.filter(id -> planGoals(clinicId, id).stream().anyMatch(g -> g.id().equals(wanted)))
				.findFirst().orElse(null);
		}
		List<SessionGoal> goals = SessionGoals.resolve(checkIn.goals(),
				planId == null || !fields.ok() ? List.of() : planGoals(clinicId, planId), List.of(), fields);
		fields.done();
		UUID by = CurrentUser.get().accountId();
		Instant now = now();
		TreatmentSession session = TreatmentSession.checkIn(clientId, planId, now, checkIn.painBefore(),
				checkIn.homework(), goals, by, now);
		sessions.insert(clinicId, session);
		audit.record(AuditAction.CREATE, AUDIT_TYPE, session.id(), clientId);
		return session;
	}

	/**
	 * The client has arrived for their appointment with this therapist: their draft session, opened now
	 * (empty: the therapist records the check-in) or reused if the therapist already has one open for
	 * them. For scheduling, which knows this module only by this API; reception marks arrivals, so staff
	 * access, and the draft is the therapist's, not the receptionist's.
	 *
	 * @return the draft session's id
	 */
	@StaffAccess
	@Transactional
	public UUID openDraftFor(UUID clientId, UUID therapistId) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		java.util.Optional<UUID> open = sessions.latestDraft(clinicId, clientId, therapistId);
		if (open.isPresent()) {
			return open.get();
		}
		Instant now = now();
		TreatmentSession session = TreatmentSession.checkIn(clientId, null, now, null, null, List.of(), therapistId, now);
		sessions.insert(clinicId, session);
		audit.record(AuditAction.CREATE, AUDIT_TYPE, session.id(), clientId);
		return session.id();
	}

	/** The session with its log and amendments. Audited as a view. */
	@ClinicalAccess
	@Transactional
	public SessionRecord open(UUID sessionId) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = sessions.find(clinicId, sessionId).orElseThrow(() -> new NotFoundException("session"));
		audit.record(AuditAction.VIEW, AUDIT_TYPE, sessionId, session.clientId());
		return record(clinicId, session);
	}

	/**
	 * Applies an edit to a draft (the API's merge patch, a page's form).
	 *
	 * @throws app.quadratus.shared.ConflictException once the session is signed
	 */
	@ClinicalAccess
	@Transactional
	public SessionRecord edit(UUID sessionId, Function<TreatmentSession, Edit> change) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession current = locked(clinicId, sessionId);
		current.requireDraft();
		Edit edit = change.apply(current);
		TreatmentSession edited = edit.session();
		if (edit.goals() != null) {
			List<PlanGoal> planGoals = current.planId() == null ? List.of() : planGoals(clinicId, current.planId());
			List<SessionGoal> goals = SessionGoals.resolve(edit.goals(), planGoals, current.goals(), edit.fields());
			edited = withGoals(edited, goals);
		}
		edit.fields().done();
		TreatmentSession revised = current.revise(edited, CurrentUser.get().accountId(), now());
		sessions.update(clinicId, revised);
		audit.record(AuditAction.UPDATE, AUDIT_TYPE, sessionId, current.clientId());
		return record(clinicId, revised);
	}

	/**
	 * Logs a release under the tablet's idempotency key. The same key again returns the stored release
	 * (never a second row, even when both arrive at once: the database's unique key decides).
	 *
	 * @throws InvalidFieldException naming {@code Idempotency-Key} when the key was used with another body
	 * @throws app.quadratus.shared.ConflictException once the session is signed
	 */
	@ClinicalAccess
	@Transactional
	public ReleaseResult addRelease(UUID sessionId, String key, Function<TreatmentSession, ReleaseReader.Read> reader) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = locked(clinicId, sessionId);
		var stored = releases.byKey(clinicId, sessionId, key);
		if (stored.isEmpty()) {
			session.requireDraft();
		}
		ReleaseReader.Read read = reader.apply(session);
		if (stored.isEmpty() && releases.insertOnce(clinicId, session.clientId(), key, read.requestSha256(), read.release())) {
			audit.record(AuditAction.CREATE, "trigger-point-release", read.release().id(), session.clientId());
			return new ReleaseResult(read.release(), true);
		}
		ReleaseRepository.Stored existing = stored.or(() -> releases.byKey(clinicId, sessionId, key)).orElseThrow();
		if (!existing.requestSha256().equals(read.requestSha256())) {
			throw new InvalidFieldException("Idempotency-Key", "was already used for a different release");
		}
		audit.record(AuditAction.VIEW, "trigger-point-release", existing.release().id(), session.clientId());
		return new ReleaseResult(existing.release(), false);
	}

	/**
	 * Signs the session and publishes {@link SessionSigned}.
	 *
	 * @throws InvalidFieldException naming {@code painAfter} when it was not recorded
	 * @throws app.quadratus.shared.ConflictException when already signed
	 */
	@ClinicalAccess
	@Transactional
	public SessionRecord sign(UUID sessionId) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession current = locked(clinicId, sessionId);
		TreatmentSession signedSession = current.sign(releases.of(clinicId, sessionId), CurrentUser.get().accountId(),
				now());
		sessions.update(clinicId, signedSession);
		audit.record(AuditAction.SIGN, AUDIT_TYPE, sessionId, current.clientId());
		events.publishEvent(new SessionSigned(clinicId, current.clientId(), sessionId, current.planId(),
				current.startedAt(), signedSession.signedAt()));
		return record(clinicId, signedSession);
	}

	/**
	 * Appends an amendment to a signed session; the session stays as signed.
	 *
	 * @throws InvalidFieldException naming {@code reason} when there is none
	 * @throws app.quadratus.shared.ConflictException for a draft, which is edited instead
	 */
	@ClinicalAccess
	@Transactional
	public Amendment amend(UUID sessionId, String reason, String text) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = locked(clinicId, sessionId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "is required");
		}
		if (!session.isSigned()) {
			throw new app.quadratus.shared.ConflictException("session.draft: edit the draft instead of amending it");
		}
		Amendment amendment = signed.amend(clinicId, session.clientId(), RECORD_TYPE, sessionId, reason, text,
				CurrentUser.get().accountId(), now());
		audit.record(AuditAction.AMEND, AUDIT_TYPE, sessionId, session.clientId());
		return amendment;
	}

	/** Hides a session from the client's list and timeline; it is never deleted and stays in the export. */
	@ClinicalAccess
	@Transactional
	public void markEnteredInError(UUID sessionId, String reason) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = locked(clinicId, sessionId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "is required");
		}
		if (signed.markEnteredInError(clinicId, session.clientId(), RECORD_TYPE, sessionId, reason,
				CurrentUser.get().accountId(), now())) {
			audit.record(AuditAction.UPDATE, AUDIT_TYPE, sessionId, session.clientId());
		}
	}

	/** A page of the client's sessions, newest first. Audited as a view of the client's sessions. */
	@ClinicalAccess
	@Transactional
	public SessionPage page(UUID clientId, int limit, SessionCursor before) {
		clients.requireExists(clientId);
		List<SessionSummary> rows = sessions.page(CurrentUser.clinicId(), clientId, before, limit + 1);
		List<SessionSummary> items = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
		String next = rows.size() > limit ? SessionCursor.after(items.get(items.size() - 1)).encode() : null;
		audit.record(AuditAction.VIEW, "treatment-sessions", clientId, clientId);
		return new SessionPage(items, next);
	}

	/**
	 * For the demo seeder, which runs before anyone signs in: a session with its release log, signed (and
	 * announced, so outcomes counts it) when {@code sign} is set, else left as a draft.
	 */
	@Transactional
	void seedInClinic(UUID clinicId, TreatmentSession draft, List<TriggerPointRelease> log, boolean sign) {
		sessions.insert(clinicId, draft);
		for (int i = 0; i < log.size(); i++) {
			releases.insertOnce(clinicId, draft.clientId(), "demo-" + i, "0".repeat(64), log.get(i));
		}
		if (sign) {
			TreatmentSession session = draft.sign(log, draft.createdBy(), draft.startedAt().plusSeconds(3600));
			sessions.update(clinicId, session);
			events.publishEvent(new SessionSigned(clinicId, session.clientId(), session.id(), session.planId(),
					session.startedAt(), session.signedAt()));
		}
	}

	private SessionRecord record(UUID clinicId, TreatmentSession session) {
		return new SessionRecord(session, releases.of(clinicId, session.id()),
				signed.amendments(clinicId, RECORD_TYPE, session.id()),
				signed.isEnteredInError(clinicId, RECORD_TYPE, session.id()));
	}

	private TreatmentSession locked(UUID clinicId, UUID sessionId) {
		return sessions.lock(clinicId, sessionId).orElseThrow(() -> new NotFoundException("session"));
	}

	/** The goals of every version of the plan, newest version first, so older goal ids still resolve. */
	private List<PlanGoal> planGoals(UUID clinicId, UUID planId) {
		List<PlanVersion> versions = new ArrayList<>(plans.versions(clinicId, planId));
		java.util.Collections.reverse(versions);
		return versions.stream().flatMap(v -> v.content().goals().stream()).toList();
	}

	private static TreatmentSession withGoals(TreatmentSession s, List<SessionGoal> goals) {
		return new TreatmentSession(s.id(), s.clientId(), s.planId(), s.status(), s.startedAt(), s.painBefore(),
				s.painAfter(), s.homework(), goals, s.techniques(), s.regionsTreated(), s.note(), s.contentSha256(),
				s.signedBy(), s.signedAt(), s.createdBy(), s.createdAt(), s.changedBy(), s.changedAt());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
