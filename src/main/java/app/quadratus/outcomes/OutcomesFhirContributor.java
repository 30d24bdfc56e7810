package app.quadratus.outcomes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The client's completed measures as FHIR R4 (clinical-facts §6.3): the Questionnaire of each
 * instrument used, a QuestionnaireResponse per completion, and an Observation (category survey) per
 * total, coded with LOINC where LOINC has the score and with our own code system where it has none.
 */
@Component
class OutcomesFhirContributor implements FhirResourceContributor {

	static final String LOINC = "http://loinc.org";

	static final String LOCAL_CODES = "https://quadratus.app/fhir/CodeSystem/outcome-measures";

	/** Exports hold the whole record, but a client with more completions than this is not plausible. */
	private static final int MAX_COMPLETIONS = 10_000;

	private final OutcomeRepository repository;

	private final InstrumentCatalogue catalogue;

	OutcomesFhirContributor(OutcomeRepository repository, InstrumentCatalogue catalogue) {
		this.repository = repository;
		this.catalogue = catalogue;
	}

	/** The client's own download gets this too: they provided it or were shown it. */
	@Override
	public boolean sharedWith(app.quadratus.shared.security.Audience audience) {
		return true;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		UUID clinicId = CurrentUser.clinicId();
		List<Resource> resources = new ArrayList<>();
		for (OutcomeMeasure measure : repository.measuresCompleted(clinicId, clientId)) {
			Instrument instrument = catalogue.instrument(measure);
			Questionnaire questionnaire = FhirQuestionnaires.questionnaire(instrument);
			resources.add(questionnaire);
			for (OutcomeResponse response : repository.completed(clinicId, clientId, measure, MAX_COMPLETIONS)) {
				QuestionnaireResponse answers = FhirQuestionnaires.response(instrument, questionnaire, response);
				resources.add(answers);
				resources.add(total(instrument, response, answers));
				if (response.result().risk() != null) {
					resources.add(startBackRisk(instrument, response, answers));
				}
			}
		}
		return resources;
	}

	private static Observation total(Instrument instrument, OutcomeResponse response, QuestionnaireResponse source) {
		Observation observation = survey(response, source, "total");
		Coding code = instrument.loinc() != null
				? new Coding(LOINC, instrument.loinc(), null)
				: new Coding(LOCAL_CODES, instrument.measure().id() + "-total", instrument.title() + " score");
		observation.setCode(new CodeableConcept(code).setText(instrument.title() + " score"));
		observation.setValue(new Quantity().setValue(response.result().score())
			.setUnit("{score}")
			.setSystem("http://unitsofmeasure.org")
			.setCode("{score}"));
		return observation;
	}

	/** The STarT Back risk group as LOINC 91352-5 with its LOINC answer code. */
	private static Observation startBackRisk(Instrument instrument, OutcomeResponse response, QuestionnaireResponse source) {
		Observation observation = survey(response, source, "risk");
		String riskCode = instrument.codes().getOrDefault("risk", "91352-5");
		observation.setCode(new CodeableConcept(new Coding(LOINC, riskCode, null)).setText("STarT Back risk level"));
		StartBackRisk risk = StartBackRisk.valueOf(response.result().risk().toUpperCase(java.util.Locale.ROOT));
		observation.setValue(new CodeableConcept(new Coding(LOINC, risk.loincAnswer(), null)).setText(risk.id()));
		return observation;
	}

	private static Observation survey(OutcomeResponse response, QuestionnaireResponse source, String part) {
		Observation observation = new Observation();
		observation.setId(uuid(response.id() + "/" + part).toString());
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
		observation.setSubject(new Reference("Patient/" + response.clientId()));
		observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(response.completedAt())));
		observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + source.getIdElement().getIdPart()));
		return observation;
	}

	static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
