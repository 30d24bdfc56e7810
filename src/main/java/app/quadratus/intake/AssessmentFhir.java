package app.quadratus.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.ScreeningTest;
import app.quadratus.intake.AssessmentFindings.RegionPain;
import app.quadratus.intake.AssessmentFindings.TestFinding;
import app.quadratus.screening.PainPattern;
import app.quadratus.screening.TestResult;
import app.quadratus.screening.Urgency;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * One assessment version as FHIR R4 resources (clinical facts §6.3): an Observation per painful region
 * (LOINC 72514-3) and per test done, a RiskAssessment for the screening, a provisional Condition for the
 * pattern (SNOMED CT where §6.2 verified a code) and, when it recommends one, a ServiceRequest for the
 * referral. Ids are name-based UUIDs of the version and the item, so an export is stable.
 */
final class AssessmentFhir {

	static final String BASE = "https://quadratus.app/fhir/CodeSystem/";

	static final String SNOMED = "http://snomed.info/sct";

	/** §6.2's verified codes; serious pathology has no single code, so it is sent as text only. */
	private static final Map<PainPattern, Coding> PATTERN_CODES = Map.of(
			PainPattern.CAUDA_EQUINA, new Coding(SNOMED, "192970008", "Cauda equina syndrome"),
			PainPattern.RADICULAR, new Coding(SNOMED, "128196005", "Lumbar radiculopathy"),
			PainPattern.DEEP_GLUTEAL, new Coding(SNOMED, "129179000", "Piriformis syndrome"),
			PainPattern.SACROILIAC, new Coding(SNOMED, "202805003", "Sacroiliac disorder"),
			PainPattern.MYOFASCIAL, new Coding(SNOMED, "68962001", "Muscle pain"),
			PainPattern.NON_SPECIFIC, new Coding(SNOMED, "279039007", "Low back pain"));

	private AssessmentFhir() {
	}

	/**
	 * The version's resources; an assessment entered in error is still exported (never deleted), each of
	 * its resources marked entered-in-error as FHIR asks.
	 */
	static List<Resource> resources(AssessmentVersion v, Atlas atlas, boolean enteredInError) {
		Reference patient = new Reference("Patient/" + v.clientId());
		Date when = Date.from(v.assessedAt());
		List<Resource> resources = new ArrayList<>();
		List<Reference> basis = new ArrayList<>();
		for (RegionPain pain : v.findings().pain()) {
			Observation o = observation(v, "pain/" + pain.region() + "/" + pain.side(), "survey", patient, when);
			o.setCode(new CodeableConcept(new Coding("http://loinc.org", "72514-3",
					"Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
			o.setValue(new Quantity().setValue(pain.intensity()).setUnit("{score}")
				.setSystem("http://unitsofmeasure.org").setCode("{score}"));
			String label = atlas.region(pain.region()).map(r -> r.label()).orElse(pain.region());
			o.setBodySite(new CodeableConcept(new Coding(BASE + "body-region", pain.region(), label))
				.setText(pain.side() == null ? label : label + ", " + pain.side().id()));
			resources.add(o);
			basis.add(reference(o));
		}
		for (Map.Entry<ScreeningTest, TestFinding> test : v.findings().tests().entrySet()) {
			TestFinding finding = test.getValue();
			Observation o = observation(v, "test/" + test.getKey().id(), "exam", patient, when);
			o.setCode(new CodeableConcept(new Coding(BASE + "screening-test", test.getKey().id(), test.getKey().label())));
			boolean positive = finding.result() == TestResult.POSITIVE;
			o.setValue(new CodeableConcept().setText(positive ? "Positive" : "Negative"));
			o.addInterpretation(new CodeableConcept(new Coding(
					"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", positive ? "POS" : "NEG",
					positive ? "Positive" : "Negative")));
			if (finding.side() != null) {
				o.setBodySite(new CodeableConcept().setText(finding.side().label()));
			}
			resources.add(o);
			basis.add(reference(o));
		}
		ScreeningSnapshot s = v.screening();
		RiskAssessment risk = riskAssessment(v, s, patient, when, basis);
		Condition condition = condition(v, s, patient, when);
		resources.add(risk);
		resources.add(condition);
		if (s.referral()) {
			resources.add(serviceRequest(v, s, patient, when, reference(condition), reference(risk)));
		}
		if (enteredInError) {
			markEnteredInError(resources);
		}
		return resources;
	}

	private static void markEnteredInError(List<Resource> resources) {
		for (Resource resource : resources) {
			if (resource instanceof Observation o) {
				o.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
			}
			else if (resource instanceof RiskAssessment r) {
				r.setStatus(RiskAssessment.RiskAssessmentStatus.ENTEREDINERROR);
			}
			else if (resource instanceof ServiceRequest r) {
				r.setStatus(ServiceRequest.ServiceRequestStatus.ENTEREDINERROR);
			}
			else if (resource instanceof Condition c) {
				// con-5: a condition entered in error carries no clinical status.
				c.setClinicalStatus(null);
				c.setVerificationStatus(new CodeableConcept(new Coding(
						"http://terminology.hl7.org/CodeSystem/condition-ver-status", "entered-in-error", "Entered in Error")));
			}
		}
	}

	private static Observation observation(AssessmentVersion v, String item, String category, Reference patient,
			Date when) {
		Observation o = new Observation();
		o.setId(id(v, item));
		o.setStatus(v.isAmendment() ? Observation.ObservationStatus.AMENDED : Observation.ObservationStatus.FINAL);
		o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
				category, category.equals("exam") ? "Exam" : "Survey")));
		o.setSubject(patient);
		o.setEffective(new DateTimeType(when));
		return o;
	}

	private static RiskAssessment riskAssessment(AssessmentVersion v, ScreeningSnapshot s, Reference patient,
			Date when, List<Reference> basis) {
		RiskAssessment risk = new RiskAssessment();
		risk.setId(id(v, "screening"));
		risk.setStatus(v.isAmendment() ? RiskAssessment.RiskAssessmentStatus.AMENDED : RiskAssessment.RiskAssessmentStatus.FINAL);
		risk.setSubject(patient);
		risk.setOccurrence(new DateTimeType(when));
		risk.setMethod(new CodeableConcept().setText("Quadratus red-flag screening, atlas " + s.atlasVersion()));
		risk.setBasis(basis);
		risk.addPrediction()
			.setOutcome(new CodeableConcept(new Coding(BASE + "urgency", s.urgency().id(), s.urgency().label()))
				.setText(s.urgency().label()))
			.setQualitativeRisk(probability(switch (s.urgency()) {
				case EMERGENCY_REFERRAL, URGENT_REFERRAL -> "high";
				case ROUTINE_REFERRAL -> "moderate";
				case TREAT -> "low";
			}));
		var startBack = v.findings().startBack();
		if (startBack != null && (startBack.total() != null || startBack.distress() != null)) {
			String group = startBack.highRisk() ? "high"
					: startBack.total() != null && startBack.total() <= 3 ? "low" : "moderate";
			risk.addPrediction().setOutcome(new CodeableConcept().setText("Keele STarT Back risk group"))
				.setQualitativeRisk(probability(group));
		}
		s.findings().forEach(finding -> risk.addNote().setText(finding.text()));
		return risk;
	}

	private static Condition condition(AssessmentVersion v, ScreeningSnapshot s, Reference patient, Date when) {
		Condition condition = new Condition();
		condition.setId(id(v, "pattern"));
		condition.setClinicalStatus(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
		condition.setVerificationStatus(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/condition-ver-status", "provisional", "Provisional")));
		condition.addCategory(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis", "Encounter Diagnosis")));
		CodeableConcept code = new CodeableConcept().setText(s.pattern().label());
		Coding snomed = PATTERN_CODES.get(s.pattern());
		if (snomed != null) {
			code.addCoding(snomed.copy());
		}
		code.addCoding(new Coding(BASE + "pain-pattern", s.pattern().id(), s.pattern().label()));
		condition.setCode(code);
		condition.setSubject(patient);
		condition.setRecordedDate(when);
		return condition;
	}

	private static ServiceRequest serviceRequest(AssessmentVersion v, ScreeningSnapshot s, Reference patient,
			Date when, Reference pattern, Reference screening) {
		ServiceRequest referral = new ServiceRequest();
		referral.setId(id(v, "referral"));
		referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
		referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
		// §6.3: emergency → stat, urgent → urgent, routine → routine.
		referral.setPriority(switch (s.urgency()) {
			case EMERGENCY_REFERRAL -> ServiceRequest.ServiceRequestPriority.STAT;
			case URGENT_REFERRAL -> ServiceRequest.ServiceRequestPriority.URGENT;
			default -> ServiceRequest.ServiceRequestPriority.ROUTINE;
		});
		boolean emergency = s.urgency() == Urgency.EMERGENCY_REFERRAL;
		String to = emergency ? "Referral to the emergency department" : "Referral to the general practitioner";
		referral.setCode(new CodeableConcept(new Coding(BASE + "referral", emergency ? "emergency-department" : "gp", to))
			.setText(to));
		referral.setSubject(patient);
		referral.setAuthoredOn(when);
		// R4 allows a Condition as the reason; the screening that led to it goes along as supporting information.
		referral.addReasonReference(pattern);
		referral.addSupportingInfo(screening);
		referral.addNote().setText(s.urgency().label());
		return referral;
	}

	private static CodeableConcept probability(String code) {
		return new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/risk-probability", code,
				Character.toUpperCase(code.charAt(0)) + code.substring(1) + " likelihood"));
	}

	private static Reference reference(Resource resource) {
		return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
	}

	private static String id(AssessmentVersion v, String item) {
		return UUID.nameUUIDFromBytes((v.id() + "/" + item).getBytes(StandardCharsets.UTF_8)).toString();
	}
}
