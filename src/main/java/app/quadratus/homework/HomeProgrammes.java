package app.quadratus.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.intake.AssessmentConclusion;
import app.quadratus.intake.Assessments;
import app.quadratus.screening.PainPattern;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home programmes given by a therapist: checked against the client's latest assessment (no programme
 * while a referral awaits clearance; an exercise marked "avoid" for the pattern only with a reason),
 * stored with every dose filled in, opened and listed within the signed-in person's clinic. Audited.
 */
@Service
public class HomeProgrammes {

	/** The chart shows a page of the newest; older programmes stay in the record (and the FHIR export). */
	static final int SHOWN = 10;

	private final ProgrammeRepository repository;

	private final Exercises exercises;

	private final ClientRecords clients;

	private final Assessments assessments;

	private final MedicalClearances clearances;

	private final AuditLog audit;

	private final Clock clock;

	HomeProgrammes(ProgrammeRepository repository, Exercises exercises, ClientRecords clients, Assessments assessments,
			MedicalClearances clearances, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.exercises = exercises;
		this.clients = clients;
		this.assessments = assessments;
		this.clearances = clearances;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Gives the client a programme and returns its id. 404 for a client not of this clinic; 409 while a
	 * referral awaits clearance; 422 naming each unknown exercise, each "avoid" without an override
	 * reason, or an end before the start.
	 */
	@ClinicalAccess
	@Transactional
	public UUID create(UUID clientId, ProgrammeRequest request) {
		clients.requireExists(clientId);
		if (clearances.awaiting(clientId).isPresent()) {
			throw new ConflictException(MedicalClearances.NEEDED);
		}
		PainPattern pattern = assessments.latestConclusion(clientId).map(AssessmentConclusion::pattern).orElse(null);
		UUID clinicId = CurrentUser.clinicId();
		List<FieldProblem> problems = new ArrayList<>();
		if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
			problems.add(new FieldProblem("endsOn", "is before startsOn"));
		}
		List<ProgrammeExercise> chosen = new ArrayList<>();
		for (int i = 0; i < request.exercises().size(); i++) {
			ProgrammeRequest.Item item = request.exercises().get(i);
			String field = "exercises[" + i + "].exerciseId";
			Optional<Exercise> exercise = exercises.findInClinic(clinicId, item.exerciseId());
			if (exercise.isEmpty()) {
				problems.add(new FieldProblem(field, "unknown exercise " + item.exerciseId()));
				continue;
			}
			String overrideReason = item.override() == null ? null : item.override().reason().strip();
			if (exercise.get().avoidFor(pattern) && overrideReason == null) {
				problems.add(new FieldProblem(field, item.exerciseId() + " is marked avoid for the " + pattern.id()
						+ " pattern of the latest assessment; give an override reason to prescribe it"));
				continue;
			}
			if (chosen.stream().anyMatch(c -> c.exerciseId().equals(item.exerciseId()))) {
				problems.add(new FieldProblem(field, item.exerciseId() + " is listed twice"));
				continue;
			}
			Dose dose = exercise.get().dose().with(item.sets(), item.reps(), item.holdSeconds(), item.timesPerDay(),
					item.daysPerWeek());
			chosen.add(new ProgrammeExercise(i, item.exerciseId(), dose, overrideReason));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		HomeProgramme programme = new HomeProgramme(UUID.randomUUID(), clientId, request.planId(), request.startsOn(),
				request.endsOn(), CurrentUser.get().accountId(), now(), chosen);
		repository.insert(clinicId, programme);
		audit.record(AuditAction.CREATE, "home-programme", programme.id(), clientId);
		return programme.id();
	}

	/** One programme; another clinic's (or an unknown id) is "not found". Audited as a view. */
	@ClinicalAccess
	@Transactional
	public HomeProgramme open(UUID programmeId) {
		HomeProgramme programme = repository.find(CurrentUser.clinicId(), programmeId)
			.orElseThrow(() -> new NotFoundException("programme"));
		audit.record(AuditAction.VIEW, "home-programme", programmeId, programme.clientId());
		return programme;
	}

	/** The client's newest programmes, for the chart (whose view the clients module audits). */
	@ClinicalAccess
	public List<HomeProgramme> recent(UUID clientId) {
		return repository.forClient(CurrentUser.clinicId(), clientId, SHOWN);
	}

	/**
	 * Suggestions from the latest assessment: first the self-stretches and self-release of its candidate
	 * muscles (most likely muscle first), then every exercise that suits its pattern. Exercises marked
	 * "avoid" for the pattern are never suggested. Empty without an assessment.
	 */
	@ClinicalAccess
	public List<Suggestion> suggestions(UUID clientId) {
		Optional<AssessmentConclusion> latest = assessments.latestConclusion(clientId);
		if (latest.isEmpty()) {
			return List.of();
		}
		PainPattern pattern = latest.get().pattern();
		List<Exercise> all = exercises.all();
		List<Suggestion> suggestions = new ArrayList<>();
		for (String muscle : latest.get().candidateMuscles()) {
			all.stream()
				.filter(e -> e.category() == ExerciseCategory.STRETCH || e.category() == ExerciseCategory.SELF_RELEASE)
				.filter(e -> e.targets().contains(muscle) && !e.avoidFor(pattern))
				.filter(e -> suggestions.stream().noneMatch(s -> s.exercise().id().equals(e.id())))
				.forEach(e -> suggestions.add(new Suggestion(e, muscle, null)));
		}
		all.stream()
			.filter(e -> e.suitabilityFor(pattern) == Suitability.SUITS)
			.filter(e -> suggestions.stream().noneMatch(s -> s.exercise().id().equals(e.id())))
			.forEach(e -> suggestions.add(new Suggestion(e, null, pattern)));
		return suggestions;
	}

	/** The latest assessment's conclusion, shown above the suggestions. */
	@ClinicalAccess
	public Optional<AssessmentConclusion> latestConclusion(UUID clientId) {
		return assessments.latestConclusion(clientId);
	}

	/** Why an exercise is suggested: it stretches or releases a candidate muscle, or it suits the pattern. */
	public record Suggestion(Exercise exercise, String forMuscle, PainPattern forPattern) {
	}

	/** For the demo seeder, which runs before anyone signs in: no checks, written straight into the clinic. */
	@Transactional
	UUID seedInClinic(UUID clinicId, HomeProgramme programme) {
		repository.insert(clinicId, programme);
		return programme.id();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}
}
