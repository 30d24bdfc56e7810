package app.quadratus.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.CareTeamAccess;
import app.quadratus.shared.security.CareTeamView;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.SharedPart;
import app.quadratus.treatment.internal.SessionRepository;
import app.quadratus.treatment.internal.TreatmentSession;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session summaries the therapist chose to share with the client: plain words written for the client, on a
 * signed session, never the SOAP note. The signed session stays as it is; the share is its own row, once per
 * session (the database's primary key decides between two tabs). Sharing and every view are audited. A
 * care-team member reads them only through a live share that includes them ({@link #forCareTeam}).
 */
@Service
public class SharedSummaries {

	public static final int MAX_LENGTH = 2000;

	private static final String AUDIT_TYPE = "session-summary";

	private final JdbcClient jdbc;

	private final SessionRepository sessions;

	private final AuditLog audit;

	private final Clock clock;

	SharedSummaries(JdbcClient jdbc, SessionRepository sessions, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Shares a summary of a signed session with its client.
	 *
	 * @throws NotFoundException for a session of another clinic or another client
	 * @throws InvalidFieldException naming {@code summary} when it is empty or too long
	 * @throws ConflictException for a draft, or a session already shared
	 */
	@ClinicalAccess
	@Transactional
	public Shared share(UUID clientId, UUID sessionId, String summary) {
		UUID clinicId = CurrentUser.clinicId();
		TreatmentSession session = sessions.find(clinicId, sessionId).filter(s -> s.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("session"));
		String text = summary == null ? "" : summary.strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException("summary", "summary.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidFieldException("summary", "field.tooLong");
		}
		if (!session.isSigned()) {
			throw new ConflictException("session.draft: sign the session before sharing a summary");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			jdbc.sql("""
					insert into session_summary_share (session_id, clinic_id, client_id, summary, shared_by, shared_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(sessionId, clinicId, clientId, text, CurrentUser.get().accountId(), SqlTime.of(now))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("summary.shared: this session's summary is already shared");
		}
		audit.record(AuditAction.SHARE, AUDIT_TYPE, sessionId, clientId);
		return new Shared(sessionId, session.startedAt(), text, now);
	}

	/** The summary shared for a session, if any; for the staff's signed-session page (already audited there). */
	@ClinicalAccess
	public Optional<Shared> ofSession(UUID sessionId) {
		return jdbc.sql("""
				select s.session_id, t.started_at, s.summary, s.shared_at from session_summary_share s
				join treatment_session t on t.id = s.session_id where s.clinic_id = ? and s.session_id = ?""")
			.params(CurrentUser.clinicId(), sessionId)
			.query(SharedSummaries::row)
			.optional();
	}

	/** A page (0 first) of the signed-in client's shared summaries, newest session first. Audited. */
	@ClientSelfAccess
	@Transactional
	public List<Shared> mine(int page, int size) {
		UUID clientId = CurrentUser.ownClientId();
		audit.record(AuditAction.VIEW, AUDIT_TYPE, clientId, clientId);
		return ofClient(CurrentUser.clinicId(), clientId, page, size);
	}

	/**
	 * A page (0 first) of the shared client's summaries, newest session first, for a care-team member looking
	 * through a live share that includes session summaries: the same words the client reads, never the note.
	 * Audited as the partner, in the sharing clinic.
	 *
	 * @throws NotFoundException for anyone not looking through such a share
	 */
	@CareTeamAccess
	@Transactional
	public List<Shared> forCareTeam(int page, int size) {
		CareTeamView view = CareTeamView.require(SharedPart.SESSION_SUMMARIES);
		audit.record(AuditAction.VIEW, AUDIT_TYPE, view.clientId(), view.clientId());
		return ofClient(view.clinicId(), view.clientId(), page, size);
	}

	// A session entered in error takes its summary with it: it was never a true account of the visit.
	private List<Shared> ofClient(UUID clinicId, UUID clientId, int page, int size) {
		return jdbc.sql("""
				select s.session_id, t.started_at, s.summary, s.shared_at from session_summary_share s
				join treatment_session t on t.id = s.session_id and t.clinic_id = s.clinic_id
				where s.clinic_id = ? and s.client_id = ?
				and not exists (select 1 from record_entered_in_error e where e.clinic_id = s.clinic_id
				    and e.record_type = 'session' and e.record_id = s.session_id)
				order by t.started_at desc, s.session_id limit ? offset ?""")
			.params(clinicId, clientId, size, Math.max(page, 0) * size)
			.query(SharedSummaries::row)
			.list();
	}

	private static Shared row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Shared(rs.getObject("session_id", UUID.class),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("summary"),
				rs.getObject("shared_at", OffsetDateTime.class).toInstant());
	}

	/** A shared summary: the session's date and the words the client sees. */
	public record Shared(UUID sessionId, Instant sessionAt, String summary, Instant sharedAt) {
	}
}
