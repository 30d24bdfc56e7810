package app.quadratus.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.screening.ScreeningEngine;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.signed.SignedRecords;
import app.quadratus.shared.signed.SignedVersions;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's published API: screens findings as they are entered, saves them as a versioned
 * assessment on the client's chart, and opens saved ones. Works within the signed-in person's clinic
 * (another clinic's client or assessment is "not found"); every view and save is audited.
 */
@Service
public class Assessments {

	/** The message key of the refusal of an amendment made to a version that is no longer the latest. */
	public static final String STALE = "assessment.amend.stale";

	/** The record type of assessments in the shared signed-record tables. */
	public static final String RECORD_TYPE = "assessment";

	private final AssessmentRepository repository;

	private final ClientRecords clients;

	private final ScreeningEngine engine;

	private final Atlas atlas;

	private final AuditLog audit;

	private final Clock clock;

	private final SignedRecords signed;

	Assessments(AssessmentRepository repository, ClientRecords clients, ScreeningEngine engine, Atlas atlas,
			AuditLog audit, Clock clock, SignedRecords signed) {
		this.signed = signed;
		this.repository = repository;
		this.clients = clients;
		this.engine = engine;
		this.atlas = atlas;
		this.audit = audit;
		this.clock = clock;
	}

	/** The screening for findings still being entered; nothing is stored, so nothing is audited. */
	@ClinicalAccess
	public ScreeningSnapshot screen(UUID clientId, AssessmentFindings findings) {
		clients.requireExists(clientId);
		return screen(findings);
	}

	/** Saves a new assessment (version 1), screened now; returns its id. */
	@ClinicalAccess
	@Transactional
	public UUID create(UUID clientId, AssessmentFindings findings) {
		clients.requireExists(clientId);
		Instant now = now();
		UUID id = write(CurrentUser.clinicId(), clientId, CurrentUser.get().accountId(), now, findings);
		audit.record(AuditAction.CREATE, "assessment", id, clientId);
		return id;
	}

	/**
	 * Appends version n+1 on top of version n, the one the therapist amended, with the author, time and
	 * reason; the earlier versions are kept as they were. The client's age stays what it was when
	 * assessed. If someone else has amended it since {@code baseVersion} was read, or does so at the same
	 * moment, nothing is saved and a {@link ConflictException} says so: the amendment would otherwise
	 * silently replace findings its author never saw.
	 */
	@ClinicalAccess
	@Transactional
	public AssessmentVersion amend(UUID clientId, UUID assessmentId, int baseVersion, AssessmentFindings findings,
			String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("an amendment needs a reason");
		}
		AssessmentVersion latest = load(clientId, assessmentId).latest();
		int number = SignedVersions.next(latest.version(), baseVersion, STALE);
		AssessmentFindings amended = findings.atAge(latest.findings().ageYears());
		AssessmentVersion version = version(assessmentId, clientId, number, latest.assessedAt(), amended,
				reason.strip(), CurrentUser.get().accountId(), now());
		SignedVersions.insert(() -> repository.insertVersion(CurrentUser.clinicId(), version,
				AssessmentJson.write(version.findings()), AssessmentJson.write(version.screening())), STALE);
		audit.record(AuditAction.AMEND, "assessment", assessmentId, clientId);
		return version;
	}

	/** Every version of one assessment and the client's assessment before it. Audited as a view. */
	@ClinicalAccess
	@Transactional
	public AssessmentHistory open(UUID clientId, UUID assessmentId) {
		AssessmentHistory history = load(clientId, assessmentId);
		audit.record(AuditAction.VIEW, "assessment", assessmentId, clientId);
		return history;
	}

	/**
	 * Marks the assessment as entered in error (the shared signed-record mechanism): it leaves the chart's
	 * list but is never deleted, and stays readable by its link, in the audit and in the export.
	 *
	 * @throws InvalidFieldException naming {@code reason} when none is given
	 */
	@ClinicalAccess
	@Transactional
	public void markEnteredInError(UUID clientId, UUID assessmentId, String reason) {
		load(clientId, assessmentId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "assessment.enteredInError.reasonRequired");
		}
		if (signed.markEnteredInError(CurrentUser.clinicId(), clientId, RECORD_TYPE, assessmentId, reason.strip(),
				CurrentUser.get().accountId(), now())) {
			audit.record(AuditAction.UPDATE, "assessment", assessmentId, clientId);
		}
	}

	/** The newest assessments of a client, for the chart (whose view the clients module audits). */
	@ClinicalAccess
	public List<AssessmentSummary> recent(UUID clientId, int limit) {
		return repository.summaries(CurrentUser.clinicId(), clientId, limit);
	}

	/** The newest assessments of a client and their number, in one read, for the chart (audited by the clients module). */
	@ClinicalAccess
	public RecentAssessments recentWithTotal(UUID clientId, int limit) {
		return repository.newest(CurrentUser.clinicId(), clientId, limit);
	}

	/**
	 * The conclusion of the client's latest assessment (its latest version); empty when the client has
	 * never been assessed. Not audited: callers act on it (suggest, refuse) and audit what they do.
	 */
	@ClinicalAccess
	public Optional<AssessmentConclusion> latestConclusion(UUID clientId) {
		return repository.latest(CurrentUser.clinicId(), clientId).map(v -> new AssessmentConclusion(v.assessmentId(),
				v.assessedAt(), v.screening().urgency(), v.screening().pattern(),
				v.screening().candidates().stream().map(ScreeningSnapshot.Candidate::muscleId).toList()));
	}

	/**
	 * The pain pattern of the shared client's latest assessment, and nothing else of it, for the
	 * precautions a care-team member must follow (e.g. no sustained nerve-tension stretching for a
	 * radicular picture); only through a live share that includes precautions. Empty without an
	 * assessment. The assessment itself never leaves through a share.
	 */
	@app.quadratus.shared.security.CareTeamAccess
	public Optional<app.quadratus.screening.PainPattern> sharedPattern() {
		var view = app.quadratus.shared.security.CareTeamView
			.require(app.quadratus.shared.security.SharedPart.PRECAUTIONS);
		return repository.latest(view.clinicId(), view.clientId()).map(v -> v.screening().pattern());
	}

	@ClinicalAccess
	public long count(UUID clientId) {
		return repository.count(CurrentUser.clinicId(), clientId);
	}

	/** For the demo seeder, which runs before anyone signs in: writes straight into the given clinic. */
	@Transactional
	UUID seedInClinic(UUID clinicId, UUID clientId, UUID therapistId, Instant assessedAt, AssessmentFindings findings) {
		return write(clinicId, clientId, therapistId, assessedAt, findings);
	}

	AssessmentHistory load(UUID clientId, UUID assessmentId) {
		UUID clinicId = CurrentUser.clinicId();
		List<AssessmentVersion> versions = repository.versions(clinicId, clientId, assessmentId);
		if (versions.isEmpty()) {
			throw new NotFoundException("assessment");
		}
		var previous = repository.previous(clinicId, clientId, versions.get(0).assessedAt())
			.flatMap(id -> repository.versions(clinicId, clientId, id).stream().reduce((a, b) -> b));
		return new AssessmentHistory(versions, previous);
	}

	private UUID write(UUID clinicId, UUID clientId, UUID authorId, Instant at, AssessmentFindings findings) {
		UUID id = UUID.randomUUID();
		repository.insertAssessment(clinicId, id, clientId, at, authorId, at);
		AssessmentVersion version = version(id, clientId, 1, at, findings, null, authorId, at);
		repository.insertVersion(clinicId, version, AssessmentJson.write(version.findings()),
				AssessmentJson.write(version.screening()));
		return id;
	}

	private AssessmentVersion version(UUID assessmentId, UUID clientId, int number, Instant assessedAt,
			AssessmentFindings findings, String reason, UUID authorId, Instant at) {
		ScreeningSnapshot screening = screen(findings);
		String hash = AssessmentJson.hash(AssessmentJson.HASH_SCHEME, AssessmentJson.write(findings),
				AssessmentJson.write(screening));
		// Saving is signing: the author signs the version as it is written, as with a plan version.
		return new AssessmentVersion(UUID.randomUUID(), assessmentId, clientId, number, assessedAt, findings,
				screening, hash, true, reason, authorId, at, authorId, at);
	}

	private ScreeningSnapshot screen(AssessmentFindings findings) {
		return ScreeningSnapshot.of(engine.evaluate(findings.toScreeningInput()), atlas.version());
	}

	private Instant now() {
		// Milliseconds, so what is read back equals what was written on both databases.
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
