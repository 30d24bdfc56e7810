package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each home programme as a FHIR R4 CarePlan (intent "plan", category "home exercise") whose activities
 * are the exercises, each with its dose as a timing and in words; an override of "avoid" is kept as
 * the activity's progress note, the safety-net text as the plan's note. The treatment plan it belongs
 * to is referenced by identifier only: that plan is another module's record.
 */
@Component
class HomeworkFhirContributor implements FhirResourceContributor {

	static final String EXERCISE_CODES = "https://quadratus.app/fhir/CodeSystem/home-exercise";

	static final String PLAN_IDS = "https://quadratus.app/fhir/treatment-plan";

	/** Exports hold the whole record; a client with more programmes than this is not plausible. */
	private static final int MAX_PROGRAMMES = 1000;

	private final ProgrammeRepository repository;

	private final Exercises exercises;

	private final Clinics clinics;

	private final MessageSource messages;

	private final Clock clock;

	HomeworkFhirContributor(ProgrammeRepository repository, Exercises exercises, Clinics clinics,
			MessageSource messages, Clock clock) {
		this.repository = repository;
		this.exercises = exercises;
		this.clinics = clinics;
		this.messages = messages;
		this.clock = clock;
	}

	/** The client's own download gets this too: they provided it or were shown it. */
	@Override
	public boolean sharedWith(app.quadratus.shared.security.Audience audience) {
		return true;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		UUID clinicId = CurrentUser.clinicId();
		ZoneId zone = clinics.zoneOf(clinicId);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		String safetyNet = messages.getMessage("homework.safetyNet", null, Locale.UK);
		List<Resource> resources = new ArrayList<>();
		for (HomeProgramme p : repository.forClient(clinicId, clientId, MAX_PROGRAMMES)) {
			resources.add(carePlan(p, today, zone, clinicId, safetyNet));
		}
		return resources;
	}

	private CarePlan carePlan(HomeProgramme p, LocalDate today, ZoneId zone, UUID clinicId, String safetyNet) {
		boolean ended = p.endsOn() != null && p.endsOn().isBefore(today);
		boolean started = !p.startsOn().isAfter(today);
		CarePlan plan = new CarePlan();
		plan.setId(p.id().toString());
		plan.setStatus(ended ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.addCategory(new CodeableConcept(new Coding(EXERCISE_CODES, "home-programme", "Home exercise programme"))
			.setText("Home exercise programme"));
		plan.setTitle("Home exercise programme");
		plan.setSubject(new Reference("Patient/" + p.clientId()));
		Period period = new Period().setStartElement(new DateTimeType(p.startsOn().toString()));
		if (p.endsOn() != null) {
			period.setEndElement(new DateTimeType(p.endsOn().toString()));
		}
		plan.setPeriod(period);
		plan.setCreatedElement(new DateTimeType(Date.from(p.createdAt())));
		if (p.planId() != null) {
			plan.addBasedOn(new Reference().setType("CarePlan")
				.setIdentifier(new Identifier().setSystem(PLAN_IDS).setValue(p.planId().toString())));
		}
		plan.addNote(new Annotation().setText(safetyNet));
		for (ProgrammeExercise e : p.exercises()) {
			String name = exercises.findInClinic(clinicId, e.exerciseId()).map(Exercise::name).orElse(e.exerciseId());
			CarePlan.CarePlanActivityComponent activity = plan.addActivity();
			CarePlan.CarePlanActivityDetailComponent detail = activity.getDetail();
			detail.setCode(new CodeableConcept(new Coding(EXERCISE_CODES, e.exerciseId(), name)).setText(name));
			detail.setStatus(ended ? CarePlan.CarePlanActivityStatus.COMPLETED
					: started ? CarePlan.CarePlanActivityStatus.INPROGRESS : CarePlan.CarePlanActivityStatus.NOTSTARTED);
			Timing timing = new Timing();
			timing.getRepeat().setFrequency(e.dose().timesPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)
				.setBounds(period.copy());
			detail.setScheduled(timing);
			detail.setDescription(words(e.dose()));
			if (e.overrideReason() != null) {
				activity.addProgress(new Annotation().setText("Given although marked avoid for the client's pattern: "
						+ e.overrideReason()));
			}
		}
		return plan;
	}

	private static String words(Dose d) {
		List<String> parts = new ArrayList<>();
		if (d.sets() != null) {
			parts.add(d.sets() + (d.sets() == 1 ? " set" : " sets"));
		}
		if (d.reps() != null) {
			parts.add(d.reps() + " repetitions");
		}
		if (d.holdSeconds() != null) {
			parts.add("hold " + d.holdSeconds() + " s");
		}
		parts.add(d.timesPerDay() + " times a day");
		parts.add(d.daysPerWeek() + " days a week");
		return String.join(", ", parts);
	}
}
