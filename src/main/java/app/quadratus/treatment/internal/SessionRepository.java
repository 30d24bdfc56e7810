package app.quadratus.treatment.internal;

import static app.quadratus.treatment.internal.PlanRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.Terms;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Sessions. Every query takes the clinic id first. A draft row is updated as it is edited and once
 * more when signed; the database refuses any change of a signed row.
 */
// Named so it does not clash with Spring Session's "sessionRepository" (HTTP sessions).
@Repository("treatmentSessionRepository")
public class SessionRepository {

	private static final String COLUMNS = """
			id, client_id, plan_id, status, started_at, pain_before, pain_after, homework, goals, techniques, regions,
			note, content_sha256, signed_by, signed_at, created_by, created_at, changed_by, changed_at""";

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID clinicId, TreatmentSession s) {
		jdbc.sql("insert into treatment_session (clinic_id, " + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(clinicId, s.id(), s.clientId(), s.planId(), s.status(), SqlTime.of(s.startedAt()), s.painBefore(),
					s.painAfter(), s.homework() == null ? null : s.homework().id(), TreatmentJson.write(s.goals()),
					TreatmentJson.write(s.techniques()), TreatmentJson.write(s.regionsTreated()),
					TreatmentJson.write(s.note()), s.contentSha256(), s.signedBy(), SqlTime.of(s.signedAt()),
					s.createdBy(), SqlTime.of(s.createdAt()), s.changedBy(), SqlTime.of(s.changedAt()))
			.update();
	}

	/** Writes a draft's edits, or its signature; only a row that is still a draft is touched. */
	public void update(UUID clinicId, TreatmentSession s) {
		int rows = jdbc.sql("""
				update treatment_session set status = ?, pain_before = ?, pain_after = ?, homework = ?, goals = ?,
				    techniques = ?, regions = ?, note = ?, content_sha256 = ?, signed_by = ?, signed_at = ?,
				    changed_by = ?, changed_at = ?
				where clinic_id = ? and id = ? and status = 'draft'""")
			.params(s.status(), s.painBefore(), s.painAfter(), s.homework() == null ? null : s.homework().id(),
					TreatmentJson.write(s.goals()), TreatmentJson.write(s.techniques()),
					TreatmentJson.write(s.regionsTreated()), TreatmentJson.write(s.note()), s.contentSha256(),
					s.signedBy(), SqlTime.of(s.signedAt()), s.changedBy(), SqlTime.of(s.changedAt()), clinicId, s.id())
			.update();
		if (rows != 1) {
			throw new IllegalStateException("session " + s.id() + " is no longer a draft");
		}
	}

	public Optional<TreatmentSession> find(UUID clinicId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from treatment_session where clinic_id = ? and id = ?")
			.params(clinicId, id).query(SessionRepository::session).optional();
	}

	/** The session, locked until the transaction ends: edits, releases and the signature queue behind it. */
	public Optional<TreatmentSession> lock(UUID clinicId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from treatment_session where clinic_id = ? and id = ? for update")
			.params(clinicId, id).query(SessionRepository::session).optional();
	}

	/**
	 * A page of the client's sessions, newest first, strictly before the cursor when one is given. Ordered
	 * by the whole index key, constants included, so that H2 reads the page in index order (see
	 * TreatmentTimeline).
	 */
	public List<SessionSummary> page(UUID clinicId, UUID clientId, SessionCursor before, int limit) {
		String where = before == null ? "" : " and (s.started_at < :at or (s.started_at = :at and s.id < :id))";
		var sql = jdbc.sql("""
				select s.id, s.status, s.started_at, s.pain_before, s.pain_after,
				    (select count(*) from trigger_point_release r where r.clinic_id = s.clinic_id and r.session_id = s.id)
				    as release_count
				from treatment_session s where s.clinic_id = :clinic and s.client_id = :client""" + where + """
				 and not exists (select 1 from record_entered_in_error e where e.clinic_id = s.clinic_id
				    and e.record_type = 'session' and e.record_id = s.id)
				order by s.clinic_id, s.client_id, s.started_at desc, s.id desc limit :limit""")
			.param("clinic", clinicId).param("client", clientId).param("limit", limit);
		if (before != null) {
			sql = sql.param("at", SqlTime.of(before.startedAt())).param("id", before.id());
		}
		return sql.query((rs, row) -> new SessionSummary(rs.getObject("id", UUID.class), rs.getString("status"),
				instant(rs, "started_at"), (Integer) rs.getObject("pain_before", Integer.class),
				rs.getObject("pain_after", Integer.class), rs.getInt("release_count"))).list();
	}

	/** The newest draft session a member of staff opened for the client, if any: an arrival reuses it. */
	public java.util.Optional<UUID> latestDraft(UUID clinicId, UUID clientId, UUID by) {
		return jdbc.sql("""
				select id from treatment_session where clinic_id = ? and client_id = ? and created_by = ? and status = 'draft'
				order by started_at desc, id limit 1""")
			.params(clinicId, clientId, by).query(UUID.class).optional();
	}

	/** Every session of a client, oldest first, for the FHIR export (which includes those entered in error). */
	public List<TreatmentSession> all(UUID clinicId, UUID clientId) {
		return jdbc.sql("select " + COLUMNS + " from treatment_session where clinic_id = ? and client_id = ?"
				+ " order by started_at, id")
			.params(clinicId, clientId).query(SessionRepository::session).list();
	}

	private static TreatmentSession session(ResultSet rs, int row) throws SQLException {
		String homework = rs.getString("homework");
		return new TreatmentSession(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("plan_id", UUID.class), rs.getString("status"), instant(rs, "started_at"),
				rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class),
				homework == null ? null : Terms.byId(HomeworkDone.class, homework).orElseThrow(),
				TreatmentJson.read(rs.getString("goals"), new TypeReference<List<SessionGoal>>() {
				}), TreatmentJson.read(rs.getString("techniques"), new TypeReference<List<Technique>>() {
				}), TreatmentJson.read(rs.getString("regions"), new TypeReference<List<RegionTreated>>() {
				}), TreatmentJson.read(rs.getString("note"), SoapNote.class), rs.getString("content_sha256"),
				rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), rs.getObject("changed_by", UUID.class), instant(rs, "changed_at"));
	}
}
