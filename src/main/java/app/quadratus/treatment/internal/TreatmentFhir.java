package app.quadratus.treatment.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Plans and sessions as FHIR R4 (clinical facts §6.3): a CarePlan with its Goals per plan (its latest
 * version), and per session an Encounter, a Procedure with the regions and muscles treated as bodySite,
 * and the pain before and after as Observations (LOINC 72514-3). A session entered in error stays in
 * the export, marked entered-in-error.
 */
final class TreatmentFhir {

	static final String BASE = "https://quadratus.app/fhir/CodeSystem/";

	private TreatmentFhir() {
	}

	static List<Resource> plan(PlanVersion v) {
		Reference patient = new Reference("Patient/" + v.clientId());
		boolean agreed = v.agreement() != null;
		CarePlan plan = new CarePlan();
		plan.setId(v.planId().toString());
		plan.setStatus(agreed ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.DRAFT);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.setSubject(patient);
		plan.setTitle("Treatment plan, version " + v.version());
		if (!v.content().problems().isEmpty()) {
			plan.setDescription(String.join("; ", v.content().problems()));
		}
		plan.setCreated(Date.from(v.signedAt()));
		Period period = new Period().setStart(Date.from(v.signedAt()));
		v.content().phases().stream().map(PlanPhase::until).filter(d -> d != null).max(java.time.LocalDate::compareTo)
			.ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
		plan.setPeriod(period);
		if (agreed) {
			plan.addNote().setText("Agreed by " + v.agreement().agreedBy() + " (" + v.agreement().method().id() + ") on "
					+ v.agreement().agreedAt());
		}
		List<Resource> resources = new ArrayList<>();
		resources.add(plan);
		for (PlanGoal g : v.content().goals()) {
			Goal goal = new Goal();
			goal.setId(g.id().toString());
			goal.setLifecycleStatus(agreed ? Goal.GoalLifecycleStatus.ACCEPTED : Goal.GoalLifecycleStatus.PROPOSED);
			goal.setDescription(new CodeableConcept().setText(g.describe()));
			goal.setSubject(patient);
			Goal.GoalTargetComponent target = goal.addTarget();
			if (g.kind() != GoalKind.FREE) {
				String measure = g.kind() == GoalKind.MEASURE ? g.measure() : "activity";
				target.setMeasure(new CodeableConcept(new Coding(BASE + "goal-measure", measure,
						g.kind() == GoalKind.MEASURE ? g.measure().toUpperCase() : "Functional activity rating (0-10)")));
				target.setDetail(new Quantity().setValue(g.target()).setUnit("{score}")
					.setSystem("http://unitsofmeasure.org").setCode("{score}"));
			}
			if (g.by() != null) {
				target.setDue(new org.hl7.fhir.r4.model.DateType(g.by().toString()));
			}
			resources.add(goal);
			plan.addGoal(new Reference("Goal/" + g.id()));
		}
		for (Technique t : v.content().techniques()) {
			plan.addActivity().getDetail()
				.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED)
				.setCode(new CodeableConcept(new Coding(BASE + "technique", t.id(), t.label())));
		}
		return resources;
	}

	static List<Resource> session(TreatmentSession s, List<TriggerPointRelease> releases, boolean enteredInError,
			Atlas atlas) {
		Reference patient = new Reference("Patient/" + s.clientId());
		Encounter encounter = new Encounter();
		encounter.setId(s.id().toString());
		encounter.setStatus(enteredInError ? Encounter.EncounterStatus.ENTEREDINERROR
				: s.isSigned() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
		encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
		encounter.addType().setText("Massage therapy session");
		encounter.setSubject(patient);
		Period period = new Period().setStart(Date.from(s.startedAt()));
		if (s.signedAt() != null) {
			period.setEnd(Date.from(s.signedAt()));
		}
		encounter.setPeriod(period);
		Reference encounterRef = new Reference("Encounter/" + s.id());

		Procedure procedure = new Procedure();
		procedure.setId(id(s.id(), "procedure"));
		procedure.setStatus(enteredInError ? Procedure.ProcedureStatus.ENTEREDINERROR
				: s.isSigned() ? Procedure.ProcedureStatus.COMPLETED : Procedure.ProcedureStatus.INPROGRESS);
		CodeableConcept code = new CodeableConcept().setText("Massage therapy");
		s.techniques().forEach(t -> code.addCoding(new Coding(BASE + "technique", t.id(), t.label())));
		procedure.setCode(code);
		procedure.setSubject(patient);
		procedure.setEncounter(encounterRef);
		procedure.setPerformed(new DateTimeType(Date.from(s.startedAt())));
		if (s.planId() != null) {
			procedure.addBasedOn(new Reference("CarePlan/" + s.planId()));
		}
		for (RegionTreated r : s.regionsTreated()) {
			String label = atlas.region(r.region()).map(region -> region.label()).orElse(r.region());
			procedure.addBodySite(new CodeableConcept(new Coding(BASE + "body-region", r.region(), label))
				.setText(r.side() == null ? label : label + ", " + r.side().id()));
		}
		Set<String> muscles = new LinkedHashSet<>();
		releases.forEach(r -> muscles.add(r.muscle() + "|" + r.side().id()));
		for (String muscleAndSide : muscles) {
			String[] parts = muscleAndSide.split("\\|");
			String label = atlas.muscle(parts[0]).map(m -> m.name()).orElse(parts[0]);
			procedure.addBodySite(new CodeableConcept(new Coding(BASE + "muscle", parts[0], label))
				.setText(label + ", " + parts[1]));
		}
		if (!s.note().isBlank()) {
			procedure.addNote().setText(soap(s.note()));
		}
		List<Resource> resources = new ArrayList<>(List.of(encounter, procedure));
		if (s.painBefore() != null) {
			resources.add(pain(s, "pain-before", s.painBefore(), s.startedAt(), enteredInError, patient, encounterRef));
		}
		if (s.painAfter() != null) {
			resources.add(pain(s, "pain-after", s.painAfter(), s.signedAt() != null ? s.signedAt() : s.changedAt(),
					enteredInError, patient, encounterRef));
		}
		return resources;
	}

	private static Observation pain(TreatmentSession s, String which, int score, java.time.Instant at,
			boolean enteredInError, Reference patient, Reference encounter) {
		Observation o = new Observation();
		o.setId(id(s.id(), which));
		o.setStatus(enteredInError ? Observation.ObservationStatus.ENTEREDINERROR
				: s.isSigned() ? Observation.ObservationStatus.FINAL : Observation.ObservationStatus.PRELIMINARY);
		o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
				"survey", "Survey")));
		o.setCode(new CodeableConcept(new Coding("http://loinc.org", "72514-3",
				"Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
			.setText(which.equals("pain-before") ? "Pain before the session (NPRS)" : "Pain after the session (NPRS)"));
		o.setSubject(patient);
		o.setEncounter(encounter);
		o.setEffective(new DateTimeType(Date.from(at)));
		o.setValue(new Quantity().setValue(score).setUnit("{score}").setSystem("http://unitsofmeasure.org").setCode("{score}"));
		return o;
	}

	private static String soap(SoapNote note) {
		StringBuilder text = new StringBuilder();
		append(text, "S", note.subjective());
		append(text, "O", note.objective());
		append(text, "A", note.assessment());
		append(text, "P", note.plan());
		return text.toString().strip();
	}

	private static void append(StringBuilder text, String label, String part) {
		if (part != null && !part.isBlank()) {
			text.append(label).append(": ").append(part.strip()).append('\n');
		}
	}

	/** A stable id for a resource derived from a session, so an export is the same each time. */
	private static String id(UUID sessionId, String what) {
		return UUID.nameUUIDFromBytes((sessionId + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
	}
}
