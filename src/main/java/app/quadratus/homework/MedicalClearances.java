package app.quadratus.homework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.intake.AssessmentConclusion;
import app.quadratus.intake.Assessments;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework waits while a client's latest assessment is an emergency or urgent referral (exercises.md:
 * "homework never replaces screening"), until a therapist records that a doctor has cleared them. The
 * clearance belongs to that assessment: a later referral needs a new one.
 */
@Service
public class MedicalClearances {

	public static final String NEEDED = "homework.clearance.needed";

	private final Assessments assessments;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	MedicalClearances(Assessments assessments, ClientRecords clients, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.assessments = assessments;
		this.clients = clients;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The referral that still waits for a clearance, if any. */
	@ClinicalAccess
	public Optional<AssessmentConclusion> awaiting(UUID clientId) {
		return assessments.latestConclusion(clientId)
			.filter(AssessmentConclusion::awaitsMedicalClearance)
			.filter(latest -> find(clientId, latest.assessmentId()).isEmpty());
	}

	/** Records the clearance of the latest assessment's referral, with how it was given; audited. */
	@ClinicalAccess
	@Transactional
	public MedicalClearance record(UUID clientId, String note) {
		clients.requireExists(clientId);
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw new InvalidFieldException("note", "homework.clearance.note");
		}
		AssessmentConclusion latest = awaiting(clientId)
			.orElseThrow(() -> new ConflictException("homework.clearance.notNeeded"));
		MedicalClearance clearance = new MedicalClearance(UUID.randomUUID(), clientId, latest.assessmentId(), note.strip(),
				CurrentUser.get().accountId(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
		jdbc.sql("""
				insert into medical_clearance (id, clinic_id, client_id, assessment_id, note, cleared_by, cleared_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(clearance.id(), CurrentUser.clinicId(), clientId, clearance.assessmentId(), clearance.note(),
					clearance.clearedBy(), SqlTime.of(clearance.clearedAt()))
			.update();
		audit.record(AuditAction.CREATE, "medical-clearance", clearance.id(), clientId);
		return clearance;
	}

	Optional<MedicalClearance> find(UUID clientId, UUID assessmentId) {
		return jdbc.sql("""
				select id, client_id, assessment_id, note, cleared_by, cleared_at from medical_clearance
				where clinic_id = ? and client_id = ? and assessment_id = ? order by cleared_at desc limit 1""")
			.params(CurrentUser.clinicId(), clientId, assessmentId)
			.query((rs, row) -> new MedicalClearance(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("assessment_id", UUID.class), rs.getString("note"), rs.getObject("cleared_by", UUID.class),
					rs.getObject("cleared_at", OffsetDateTime.class).toInstant()))
			.optional();
	}
}
