package app.quadratus.treatment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.internal.RegionMarkRepository;
import app.quadratus.treatment.internal.RegionMarkRepository.Mark;
import app.quadratus.treatment.internal.RegionTreated;
import app.quadratus.treatment.internal.SessionRepository;
import app.quadratus.treatment.internal.TreatmentSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions treated, tapped on session mode's body chart. Each tap comes with the tablet's idempotency
 * key, like a release: under the session's row lock the key is stored once (unique in the database) and
 * the tap applied to the draft's regions, so a retry changes nothing twice and two tabs each add to the
 * regions the other already stored, instead of replacing them.
 */
@Service
public class SessionRegions {

	private final SessionRepository sessions;

	private final RegionMarkRepository marks;

	private final AuditLog audit;

	private final Clock clock;

	SessionRegions(SessionRepository sessions, RegionMarkRepository marks, AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.marks = marks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Applies one tap and answers the regions treated as stored.
	 *
	 * @throws InvalidFieldException naming {@code Idempotency-Key} when the key was used for another tap
	 * @throws app.quadratus.shared.ConflictException once the session is signed (a retry of a tap that was
	 *     stored before signing answers the regions as signed)
	 */
	@ClinicalAccess
	@Transactional
	public List<RegionTreated> mark(UUID sessionId, String key, Mark mark) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = sessions.lock(clinicId, sessionId).orElseThrow(() -> new NotFoundException("session"));
		var stored = marks.byKey(clinicId, sessionId, key);
		if (stored.isPresent()) {
			if (!stored.get().equals(mark)) {
				throw new InvalidFieldException("Idempotency-Key", "was already used for a different region");
			}
			return session.regionsTreated();
		}
		TreatmentSession edited = session.withRegion(mark.region(), mark.side(), mark.treated());
		var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		UUID by = CurrentUser.get().accountId();
		marks.insertOnce(clinicId, sessionId, key, mark, by, now);
		sessions.update(clinicId, session.revise(edited, by, now));
		audit.record(AuditAction.UPDATE, TreatmentSessions.AUDIT_TYPE, sessionId, session.clientId());
		return edited.regionsTreated();
	}
}
