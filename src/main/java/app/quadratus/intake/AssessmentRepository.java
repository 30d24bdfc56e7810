package app.quadratus.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.screening.PainPattern;
import app.quadratus.screening.Urgency;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessments and their versions. Every query takes the clinic id first, and there is no update: a
 * version is only ever inserted.
 */
@Repository
class AssessmentRepository {

	private static final String VERSION_COLUMNS = """
			v.id, v.assessment_id, v.client_id, v.version, a.assessed_at, v.findings, v.screening, v.content_sha256,
			v.content_hash_scheme, v.amend_reason, v.created_by, v.created_at, v.signed_by, v.signed_at""";

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertAssessment(UUID clinicId, UUID id, UUID clientId, Instant assessedAt, UUID by, Instant at) {
		jdbc.sql("insert into assessment (id, clinic_id, client_id, assessed_at, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, clinicId, clientId, SqlTime.of(assessedAt), by, SqlTime.of(at))
			.update();
	}

	/**
	 * Inserts a version, signed and hashed under the current scheme; the unique (assessment, version) key
	 * refuses a second writer of the same number.
	 */
	void insertVersion(UUID clinicId, AssessmentVersion v, String findingsJson, String screeningJson) {
		jdbc.sql("""
				insert into assessment_version (id, clinic_id, assessment_id, client_id, version, findings, screening,
				    urgency, pattern, atlas_version, content_sha256, content_hash_scheme, amend_reason, created_by,
				    created_at, signed_by, signed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.id(), clinicId, v.assessmentId(), v.clientId(), v.version(), findingsJson, screeningJson,
					v.screening().urgency().name(), v.screening().pattern().name(), v.screening().atlasVersion(),
					v.contentSha256(), AssessmentJson.HASH_SCHEME, v.amendReason(), v.createdBy(),
					SqlTime.of(v.createdAt()), v.signedBy(), SqlTime.of(v.signedAt()))
			.update();
	}

	/** Every version of one assessment of one client, oldest first; empty if it is not theirs. */
	List<AssessmentVersion> versions(UUID clinicId, UUID clientId, UUID assessmentId) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from assessment_version v join assessment a on a.id = v.assessment_id
				where v.clinic_id = ? and v.client_id = ? and v.assessment_id = ? order by v.version""")
			.params(clinicId, clientId, assessmentId)
			.query(AssessmentRepository::version)
			.list();
	}

	/** The latest version of each of the client's assessments, newest assessment first. */
	List<AssessmentVersion> latestVersions(UUID clinicId, UUID clientId) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from assessment_version v join assessment a on a.id = v.assessment_id
				where v.clinic_id = ? and v.client_id = ? and not exists (select 1 from assessment_version n
				    where n.assessment_id = v.assessment_id and n.version > v.version)
				order by a.assessed_at desc, a.id""")
			.params(clinicId, clientId)
			.query(AssessmentRepository::version)
			.list();
	}

	/** The latest version of the client's newest assessment that was not entered in error. */
	Optional<AssessmentVersion> latest(UUID clinicId, UUID clientId) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from assessment_version v join assessment a on a.id = v.assessment_id
				where v.clinic_id = ? and v.client_id = ? and not exists (select 1 from assessment_version n
				    where n.assessment_id = v.assessment_id and n.version > v.version) and not exists (select 1 from record_entered_in_error e
				    where e.clinic_id = a.clinic_id and e.record_type = 'assessment' and e.record_id = a.id)
				order by a.assessed_at desc, a.id limit 1""")
			.params(clinicId, clientId)
			.query(AssessmentRepository::version)
			.optional();
	}

	/** A page of the client's assessments for the chart, newest first, without their findings or those entered in error. */
	List<AssessmentSummary> summaries(UUID clinicId, UUID clientId, int limit) {
		return newest(clinicId, clientId, limit).shown();
	}

	/**
	 * The newest {@code limit} assessments and how many there are in all, in one statement: the window
	 * counts the rows the WHERE keeps (each assessment once, at its latest version) before the LIMIT.
	 */
	RecentAssessments newest(UUID clinicId, UUID clientId, int limit) {
		long[] total = { 0 };
		List<AssessmentSummary> shown = jdbc.sql("""
				select a.id, a.assessed_at, v.version, v.urgency, v.pattern, a.created_by, count(*) over () as total
				from assessment a join assessment_version v on v.assessment_id = a.id
				where a.clinic_id = ? and a.client_id = ? and not exists (select 1 from assessment_version n
				    where n.assessment_id = v.assessment_id and n.version > v.version) and not exists (select 1 from record_entered_in_error e
				    where e.clinic_id = a.clinic_id and e.record_type = 'assessment' and e.record_id = a.id)
				order by a.assessed_at desc, a.id limit ?""")
			.params(clinicId, clientId, limit)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new AssessmentSummary(rs.getObject("id", UUID.class), instant(rs, "assessed_at"),
						rs.getInt("version"), Urgency.valueOf(rs.getString("urgency")),
						PainPattern.valueOf(rs.getString("pattern")), rs.getObject("created_by", UUID.class));
			})
			.list();
		return new RecentAssessments(shown, total[0]);
	}

	long count(UUID clinicId, UUID clientId) {
		return jdbc.sql("select count(*) from assessment a where a.clinic_id = ? and a.client_id = ?"
				+ " and not exists (select 1 from record_entered_in_error e where e.clinic_id = a.clinic_id"
				+ " and e.record_type = 'assessment' and e.record_id = a.id)")
			.params(clinicId, clientId).query(Long.class).single();
	}

	/** The assessment of the same client made just before the given time, for side-by-side drawings. */
	Optional<UUID> previous(UUID clinicId, UUID clientId, Instant before) {
		return jdbc.sql("""
				select id from assessment where clinic_id = ? and client_id = ? and assessed_at < ?
				order by assessed_at desc limit 1""")
			.params(clinicId, clientId, SqlTime.of(before))
			.query(UUID.class)
			.optional();
	}

	private static AssessmentVersion version(ResultSet rs, int row) throws SQLException {
		String findings = rs.getString("findings");
		String screening = rs.getString("screening");
		String hash = rs.getString("content_sha256");
		// Verified against the text as stored, not as re-written: a later field would change the JSON.
		boolean verified = AssessmentJson.hash(rs.getInt("content_hash_scheme"), findings, screening).equals(hash);
		return new AssessmentVersion(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getInt("version"), instant(rs, "assessed_at"),
				AssessmentJson.findings(findings), AssessmentJson.screening(screening), hash, verified,
				rs.getString("amend_reason"), rs.getObject("created_by", UUID.class), instant(rs, "created_at"),
				rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
