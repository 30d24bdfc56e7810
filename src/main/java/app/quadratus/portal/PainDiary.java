package app.quadratus.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's pain diary: they write an entry for today (the clinic's calendar) and read theirs back a
 * page at a time, newest first. Only the signed-in client's own entries; every view and entry audited.
 */
@Service
public class PainDiary {

	static final int PAGE_SIZE = 20;

	private static final String AUDIT_TYPE = "pain-diary";

	private final JdbcClient jdbc;

	private final Clinics clinics;

	private final AuditLog audit;

	private final Clock clock;

	PainDiary(JdbcClient jdbc, Clinics clinics, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clinics = clinics;
		this.audit = audit;
		this.clock = clock;
	}

	@ClientSelfAccess
	@Transactional
	public PainDiaryEntry record(int pain, String note) {
		if (pain < 0 || pain > 10) {
			throw new InvalidFieldException("pain", "portal.diary.pain.range");
		}
		String clean = note == null || note.isBlank() ? null : note.strip();
		if (clean != null && clean.length() > 500) {
			throw new InvalidFieldException("note", "field.tooLong");
		}
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		PainDiaryEntry entry = new PainDiaryEntry(UUID.randomUUID(), LocalDate.now(clock.withZone(clinics.zoneOf(clinicId))),
				pain, clean, now);
		insert(clinicId, clientId, entry);
		audit.record(AuditAction.CREATE, AUDIT_TYPE, entry.id(), clientId);
		return entry;
	}

	/** Page {@code page} (0 first) of the client's entries, newest first; one more than a page tells if there is a next. */
	@ClientSelfAccess
	@Transactional
	public List<PainDiaryEntry> page(int page) {
		UUID clientId = CurrentUser.ownClientId();
		List<PainDiaryEntry> entries = jdbc.sql("""
				select id, entry_day, pain, note, recorded_at from pain_diary_entry where clinic_id = ? and client_id = ?
				order by entry_day desc, recorded_at desc, id limit ? offset ?""")
			.params(CurrentUser.clinicId(), clientId, PAGE_SIZE + 1, Math.max(page, 0) * PAGE_SIZE)
			.query(PainDiary::entry)
			.list();
		audit.record(AuditAction.VIEW, AUDIT_TYPE, clientId, clientId);
		return entries;
	}

	/** Every entry of the signed-in client, oldest first, for their data download. Audited. */
	@ClientSelfAccess
	@Transactional
	public List<PainDiaryEntry> all() {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		audit.record(AuditAction.EXPORT, AUDIT_TYPE, clientId, clientId);
		return jdbc.sql("""
				select id, entry_day, pain, note, recorded_at from pain_diary_entry where clinic_id = ? and client_id = ?
				order by entry_day, recorded_at, id""")
			.params(clinicId, clientId).query(PainDiary::entry).list();
	}

	/** For the demo seeder, before anyone signs in. */
	void seedInClinic(UUID clinicId, UUID clientId, PainDiaryEntry entry) {
		insert(clinicId, clientId, entry);
	}

	private void insert(UUID clinicId, UUID clientId, PainDiaryEntry e) {
		jdbc.sql("""
				insert into pain_diary_entry (id, clinic_id, client_id, entry_day, pain, note, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), clinicId, clientId, e.day(), e.pain(), e.note(), SqlTime.of(e.recordedAt()))
			.update();
	}

	private static PainDiaryEntry entry(ResultSet rs, int row) throws SQLException {
		return new PainDiaryEntry(rs.getObject("id", UUID.class), rs.getObject("entry_day", LocalDate.class),
				rs.getInt("pain"), rs.getString("note"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}
}
