package app.quadratus.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's published API for the client's intake before the first visit. The client fills it
 * in the portal one step at a time (each step saved, so nothing is lost), and submits it once; the
 * client id always comes from the signed-in account. Staff read a submitted intake to prefill the
 * assessment. Every read and change is audited (object type {@value #AUDIT_TYPE}).
 */
@Service
public class ClientIntakes {

	/** The message key of the refusal to change or resubmit a submitted intake. */
	public static final String ALREADY_SUBMITTED = "intake.alreadySubmitted";

	static final String AUDIT_TYPE = "client-intake";

	private final IntakeRepository repository;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Atlas atlas;

	private final RedFlagQuestions redFlags;

	private final AuditLog audit;

	private final Clock clock;

	private final AssessmentRepository assessments;

	ClientIntakes(IntakeRepository repository, ClientRecords clients, Clinics clinics, Atlas atlas,
			RedFlagQuestions redFlags, AuditLog audit, Clock clock, AssessmentRepository assessments) {
		this.assessments = assessments;
		this.repository = repository;
		this.clients = clients;
		this.clinics = clinics;
		this.atlas = atlas;
		this.redFlags = redFlags;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in client's intake; empty before their first saved step. Audited as a view. */
	@ClientSelfAccess
	@Transactional
	public Optional<ClientIntake> mine() {
		UUID clientId = CurrentUser.ownClientId();
		Optional<ClientIntake> intake = repository.find(CurrentUser.clinicId(), clientId);
		intake.ifPresent(i -> audit.record(AuditAction.VIEW, AUDIT_TYPE, i.id(), clientId));
		return intake;
	}

	/**
	 * Saves one step of the signed-in client's intake: the answers so far, with the step they go on to.
	 *
	 * @throws InvalidFieldException naming each field the step gets wrong (nothing is saved)
	 * @throws ConflictException {@link #ALREADY_SUBMITTED} once the intake is submitted
	 */
	@ClientSelfAccess
	@Transactional
	public ClientIntake save(IntakeStep step, IntakeAnswers answers, IntakeStep resumeAt) {
		List<InvalidFieldException.FieldProblem> problems = IntakeChecks.of(step, answers, atlas);
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		if (!repository.save(clinicId, clientId, resumeAt, answers, now())) {
			throw new ConflictException(ALREADY_SUBMITTED);
		}
		ClientIntake saved = repository.find(clinicId, clientId).orElseThrow();
		audit.record(AuditAction.UPDATE, AUDIT_TYPE, saved.id(), clientId);
		return saved;
	}

	/**
	 * Submits the signed-in client's intake, once: the clinic sees it from now on.
	 *
	 * @throws InvalidFieldException naming the first step left incomplete (consents, red flags)
	 * @throws ConflictException {@link #ALREADY_SUBMITTED} when it was submitted before
	 */
	@ClientSelfAccess
	@Transactional
	public ClientIntake submit() {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		ClientIntake draft = repository.find(clinicId, clientId)
			.orElseThrow(() -> new InvalidFieldException("intake", "intake.submit.incomplete"));
		if (draft.submitted()) {
			throw new ConflictException(ALREADY_SUBMITTED);
		}
		List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
		for (IntakeStep step : List.of(IntakeStep.CONTACT, IntakeStep.RED_FLAGS)) {
			if (!IntakeChecks.of(step, draft.answers(), atlas).isEmpty()) {
				problems.add(new InvalidFieldException.FieldProblem(step.id(), "intake.submit.incomplete"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		if (!repository.submit(clinicId, clientId, now())) {
			throw new ConflictException(ALREADY_SUBMITTED);
		}
		audit.record(AuditAction.UPDATE, AUDIT_TYPE, draft.id(), clientId);
		return repository.find(clinicId, clientId).orElseThrow();
	}

	/**
	 * Whether the signed-in client has not been assessed yet, so an intake before the first visit is
	 * still worth offering (someone in treatment for months is not asked to start one).
	 */
	@ClientSelfAccess
	public boolean beforeFirstAssessment() {
		return assessments.count(CurrentUser.clinicId(), CurrentUser.ownClientId()) == 0;
	}

	/** What to tell the signed-in client after their red-flag answers (the screening engine's urgency). */
	@ClientSelfAccess
	public RedFlagQuestions.Advice adviceForMe(IntakeAnswers answers) {
		Client me = clients.mine();
		return redFlags.advice(answers.getRedFlags(), me.ageOn(LocalDate.now(clinics.zoneOf(me.clinicId()))));
	}

	/** The client's submitted intake, for the chart and the assessment; empty while not submitted. Audited. */
	@ClinicalAccess
	@Transactional
	public Optional<ClientIntake> submittedFor(UUID clientId) {
		clients.requireExists(clientId);
		Optional<ClientIntake> intake = repository.find(CurrentUser.clinicId(), clientId).filter(ClientIntake::submitted);
		intake.ifPresent(i -> audit.record(AuditAction.VIEW, AUDIT_TYPE, i.id(), clientId));
		return intake;
	}

	/** For the demo seeder, before anyone signs in: a submitted intake in the given clinic. */
	@Transactional
	void seedSubmitted(UUID clinicId, UUID clientId, IntakeAnswers answers, Instant at) {
		repository.save(clinicId, clientId, IntakeStep.REVIEW, answers, at);
		repository.submit(clinicId, clientId, at);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
