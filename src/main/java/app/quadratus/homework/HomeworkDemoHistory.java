package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * The demo's homework: Claire Demo (the demo client) has a programme of three exercises with two weeks of
 * ticks, mostly done; the first assessed client (a non-specific back) has a programme four weeks old that
 * was done well at first and hardly at all in the last two weeks, so the chart flags it. Each clinic has
 * one exercise of its own. Deterministic (fixed seed).
 */
@Component
class HomeworkDemoHistory implements DemoHistory {

	private static final int ADULT = 16;

	private final HomeProgrammes programmes;

	private final HomeworkLog log;

	private final Exercises exercises;

	private final ExerciseLibrary library;

	private final Clinics clinics;

	private final Clock clock;

	HomeworkDemoHistory(HomeProgrammes programmes, HomeworkLog log, Exercises exercises, ExerciseLibrary library,
			Clinics clinics, Clock clock) {
		this.programmes = programmes;
		this.log = log;
		this.exercises = exercises;
		this.library = library;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	public int order() {
		// After intake (10): the programmes follow the assessments.
		return 40;
	}

	@Override
	public void seed(DemoClinic clinic) {
		UUID clinicId = clinic.clinicId();
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(clinicId)));
		Random random = new Random(20261202L);
		exercises.seedOwn(clinicId, clinic.ownerId(), ownExercise());
		List<DemoClient> adults = clinic.clients().stream().filter(c -> c.ageYears() >= ADULT).toList();
		if (adults.isEmpty()) {
			return;
		}
		DemoClient first = adults.get(0);
		if (clinic.clients().size() <= 10) {
			// The small clinic: one programme, so isolation tests have an id to try.
			give(clinicId, first, today.minusDays(7), "cat_cow", "bird_dog");
			return;
		}
		DemoClient claire = clinic.clients().stream()
			.filter(c -> "Claire".equals(c.givenName()) && "Demo".equals(c.familyName()))
			.findFirst().orElse(clinic.clients().get(clinic.clients().size() - 1));
		HomeProgramme claires = give(clinicId, claire, today.minusDays(14), "piriformis_figure_four", "glute_bridge",
				"habit_break_up_sitting");
		tickDays(clinicId, claire.id(), claires, today.minusDays(14), today.minusDays(1), 0.85, random);
		HomeProgramme lapsed = give(clinicId, first, today.minusDays(28), "cat_cow", "bird_dog", "habit_walking_programme");
		tickDays(clinicId, first.id(), lapsed, today.minusDays(28), today.minusDays(15), 0.8, random);
		tickDays(clinicId, first.id(), lapsed, today.minusDays(14), today.minusDays(1), 0.2, random);
	}

	private HomeProgramme give(UUID clinicId, DemoClient client, LocalDate startsOn, String... exerciseIds) {
		List<ProgrammeExercise> chosen = new java.util.ArrayList<>();
		for (int i = 0; i < exerciseIds.length; i++) {
			chosen.add(new ProgrammeExercise(i, exerciseIds[i], library.find(exerciseIds[i]).orElseThrow().dose(), null));
		}
		HomeProgramme programme = new HomeProgramme(UUID.randomUUID(), client.id(), null, startsOn, null,
				client.therapistId(), startsOn.atTime(17, 30).atZone(clinics.zoneOf(clinicId)).toInstant()
					.truncatedTo(ChronoUnit.MILLIS), chosen);
		programmes.seedInClinic(clinicId, programme);
		return programme;
	}

	/** Ticks each planned dose of each day in [from, to] with the given chance. */
	private void tickDays(UUID clinicId, UUID clientId, HomeProgramme programme, LocalDate from, LocalDate to,
			double chance, Random random) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (ProgrammeExercise exercise : programme.exercises()) {
				for (int n = 1; n <= exercise.dose().timesPerDay(); n++) {
					if (random.nextDouble() < chance) {
						String note = random.nextDouble() < 0.08 ? "A bit stiff at first, eased after a few goes." : null;
						log.seedTick(clinicId, clientId, programme.id(), exercise.exerciseId(), day, n, note);
					}
				}
			}
		}
	}

	private static ClinicExerciseForm ownExercise() {
		ClinicExerciseForm form = new ClinicExerciseForm();
		form.setName("Pelvic rocking on a gym ball");
		form.setCategory(ExerciseCategory.MOBILITY.id());
		form.setTargets(List.of("multifidi_rotatores", "quadratus_lumborum"));
		form.setRegions(List.of("lower_lumbar", "sacrum"));
		form.setSteps("""
				Sit on the ball, feet flat and hip-width apart.
				Rock the pelvis slowly forwards and back, then side to side.
				Keep the movement small and easy; breathe normally.""");
		form.setPrecautions("Keep the ball near a wall or sofa for balance.");
		form.setSets(1);
		form.setReps(10);
		form.setHoldSeconds(null);
		form.setTimesPerDay(1);
		form.setDaysPerWeek(7);
		form.setPose(Pose.SITTING_CHAIR.id());
		form.getPatterns().put("non-specific", Suitability.SUITS.id());
		form.getPatterns().put("myofascial", Suitability.SUITS.id());
		return form;
	}
}
