package app.quadratus.careteam.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes a partner writes back ("45-minute class, no flare-up, working on bridges"): stored in the
 * share's clinic, shown on the client's timeline for the therapist, and in the client's portal when the
 * share says so. Read by narrow, paged queries on care_note_by_client.
 */
@Service
class CareNotes {

	static final int MAX = 1000;

	static final int PAGE = 20;

	private static final String SELECT = """
			select n.id, n.clinic_id, n.client_id, n.share_id, n.partner_account_id, s.partner_name, n.body, n.written_at
			from care_note n join care_share s on s.id = n.share_id and s.clinic_id = n.clinic_id""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CareNotes(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Written inside {@link CareTeamScope}: the share is live and the audit entry is the partner's. */
	@Transactional
	UUID write(CareShare share, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException("body", "careteam.note.required");
		}
		if (text.length() > MAX) {
			throw new InvalidFieldException("body", "field.tooLong");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into care_note (id, clinic_id, client_id, share_id, partner_account_id, body, written_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, share.clinicId(), share.clientId(), share.id(), share.partnerAccountId(), text,
					SqlTime.of(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
			.update();
		audit.record(AuditAction.CREATE, "care-note", id, share.clientId());
		return id;
	}

	/** For the demo seeder, which runs before anyone signs in. */
	void seed(UUID clinicId, UUID clientId, UUID shareId, UUID partnerAccountId, String body, Instant at) {
		jdbc.sql("insert into care_note (id, clinic_id, client_id, share_id, partner_account_id, body, written_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.nameUUIDFromBytes(("care-note-" + shareId).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					clinicId, clientId, shareId, partnerAccountId, body, SqlTime.of(at))
			.update();
	}

	/** The partner's own notes through this share, newest first. */
	List<CareNote> ofShare(CareShare share) {
		return jdbc.sql(SELECT + " where n.clinic_id = ? and n.share_id = ? order by n.written_at desc limit ?")
			.params(share.clinicId(), share.id(), PAGE)
			.query(CareNotes::map)
			.list();
	}

	/** The client's notes in the signed-in person's clinic before a moment, newest first (staff). */
	List<CareNote> before(UUID clientId, Instant before, int limit) {
		return jdbc.sql(SELECT + " where n.clinic_id = ? and n.client_id = ? and n.written_at < ? order by n.written_at desc limit ?")
			.params(CurrentUser.clinicId(), clientId, SqlTime.of(before), limit)
			.query(CareNotes::map)
			.list();
	}

	/** The notes the client chose to see in the portal (per share), newest first. Audited as the client. */
	@ClientSelfAccess
	@Transactional
	public List<CareNote> mine() {
		UUID clientId = CurrentUser.ownClientId();
		List<CareNote> notes = jdbc.sql(SELECT + " where n.clinic_id = ? and n.client_id = ? and s.notes_to_portal = true order by n.written_at desc limit ?")
			.params(CurrentUser.clinicId(), clientId, 5)
			.query(CareNotes::map)
			.list();
		if (!notes.isEmpty()) {
			audit.record(AuditAction.VIEW, "care-note", clientId, clientId);
		}
		return notes;
	}

	private static CareNote map(ResultSet rs, int n) throws SQLException {
		return new CareNote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
				rs.getObject(8, OffsetDateTime.class).toInstant());
	}
}
