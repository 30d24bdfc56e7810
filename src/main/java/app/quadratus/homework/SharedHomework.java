package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.intake.Assessments;
import app.quadratus.screening.PainPattern;
import app.quadratus.shared.security.CareTeamAccess;
import app.quadratus.shared.security.CareTeamView;
import app.quadratus.shared.security.SharedPart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homework a client shared with a care-team member (a Pilates instructor...): today's programmes
 * with each exercise's dose, steps and precautions, and, when the share includes precautions, what to
 * avoid for the client's pain pattern (the library's "avoid" exercises), so a class never undoes the
 * programme. Only through a live share; audited as the partner.
 */
@Service
public class SharedHomework {

	private final ProgrammeRepository repository;

	private final Exercises exercises;

	private final ExerciseLibrary library;

	private final Assessments assessments;

	private final Clinics clinics;

	private final AuditLog audit;

	private final Clock clock;

	SharedHomework(ProgrammeRepository repository, Exercises exercises, ExerciseLibrary library,
			Assessments assessments, Clinics clinics, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.exercises = exercises;
		this.library = library;
		this.assessments = assessments;
		this.clinics = clinics;
		this.audit = audit;
		this.clock = clock;
	}

	/** The programme running today (every current programme's exercises, in order). */
	@CareTeamAccess
	@Transactional
	public List<SharedExercise> programme() {
		CareTeamView view = CareTeamView.require(SharedPart.HOMEWORK);
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(view.clinicId())));
		List<SharedExercise> shared = new ArrayList<>();
		for (HomeProgramme p : repository.overlapping(view.clinicId(), view.clientId(), today, today)) {
			for (ProgrammeExercise e : p.exercises()) {
				exercises.findInClinic(view.clinicId(), e.exerciseId())
					.ifPresent(x -> shared.add(new SharedExercise(x, e.dose())));
			}
			audit.record(AuditAction.VIEW, "home-programme", p.id(), view.clientId());
		}
		return shared;
	}

	/**
	 * What to avoid for the client's pain pattern, when the share includes precautions: the pattern and
	 * the library's exercises marked "avoid" for it. Empty without an assessment.
	 */
	@CareTeamAccess
	public Optional<Precautions> precautions() {
		CareTeamView view = CareTeamView.require(SharedPart.PRECAUTIONS);
		Optional<PainPattern> pattern = assessments.sharedPattern();
		pattern.ifPresent(p -> audit.record(AuditAction.VIEW, "precautions", view.clientId(), view.clientId()));
		return pattern.map(p -> new Precautions(p,
				library.all().stream().filter(x -> x.avoidFor(p)).map(Exercise::name).toList()));
	}

	/** One exercise of the programme with its dose. */
	public record SharedExercise(Exercise exercise, Dose dose) {
	}

	/** The client's pain pattern (its id names the advice to show) and the exercises to avoid for it. */
	public record Precautions(PainPattern pattern, List<String> avoid) {
	}
}
