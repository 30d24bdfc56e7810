package app.quadratus.outcomes;

import java.util.Date;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * An instrument as a FHIR Questionnaire and a completion as its QuestionnaireResponse. Item texts are
 * the clinic's own data file (which respects the licences, §5); whole-number items are integers,
 * yes/no items booleans, and worded options (STarT Back item 9) codings of a Quadratus code system.
 */
final class FhirQuestionnaires {

	static final String CANONICAL = "https://quadratus.app/fhir/Questionnaire/";

	static final String OPTION_CODES = "https://quadratus.app/fhir/CodeSystem/outcome-options-";

	private FhirQuestionnaires() {
	}

	static Questionnaire questionnaire(Instrument instrument) {
		Questionnaire q = new Questionnaire();
		q.setId(OutcomesFhirContributor.uuid("Questionnaire/" + instrument.measure().id() + "/" + instrument.version()).toString());
		q.setUrl(CANONICAL + instrument.measure().id());
		q.setVersion(instrument.version());
		q.setName(instrument.title().replaceAll("[^A-Za-z0-9]", ""));
		q.setTitle(instrument.title());
		q.setStatus(Enumerations.PublicationStatus.ACTIVE);
		q.addSubjectType("Patient");
		q.setCopyright(instrument.licence());
		String panel = instrument.codes().get("panel");
		if (panel != null) {
			q.addCode(new Coding(OutcomesFhirContributor.LOINC, panel, null));
		}
		if (instrument.measure() == OutcomeMeasure.PSFS) {
			Questionnaire.QuestionnaireItemComponent activity = q.addItem().setLinkId("activity")
				.setText("Activity")
				.setType(QuestionnaireItemType.GROUP)
				.setRepeats(true);
			activity.addItem().setLinkId("activity.name").setText("Activity").setType(QuestionnaireItemType.STRING);
			activity.addItem().setLinkId("activity.rating").setText(instrument.items().get(0).text())
				.setType(QuestionnaireItemType.INTEGER);
			return q;
		}
		for (Item item : instrument.items()) {
			Questionnaire.QuestionnaireItemComponent question = q.addItem().setLinkId(item.id()).setText(item.text());
			switch (item.kind()) {
				case NUMBER -> question.setType(QuestionnaireItemType.INTEGER);
				case BOOLEAN -> question.setType(QuestionnaireItemType.BOOLEAN);
				case WORD -> {
					question.setType(QuestionnaireItemType.CHOICE);
					item.options().forEach(o -> question.addAnswerOption().setValue(coding(instrument, o)));
				}
			}
		}
		return q;
	}

	static QuestionnaireResponse response(Instrument instrument, Questionnaire questionnaire, OutcomeResponse response) {
		QuestionnaireResponse qr = new QuestionnaireResponse();
		qr.setId(response.id().toString());
		// The canonical alone: instrument versions such as "Binkley 1999" are not valid in a canonical reference.
		qr.setQuestionnaire(questionnaire.getUrl());
		qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		qr.setSubject(new Reference("Patient/" + response.clientId()));
		qr.setAuthored(Date.from(response.completedAt()));
		if (instrument.measure() == OutcomeMeasure.PSFS) {
			for (int i = 0; i < response.activities().size(); i++) {
				String rating = response.answers().get(String.valueOf(i + 1));
				QuestionnaireResponse.QuestionnaireResponseItemComponent group = qr.addItem().setLinkId("activity");
				group.addItem().setLinkId("activity.name").addAnswer().setValue(new StringType(response.activities().get(i)));
				if (rating != null) {
					group.addItem().setLinkId("activity.rating").addAnswer().setValue(new IntegerType(Integer.parseInt(rating)));
				}
			}
			return qr;
		}
		for (Item item : instrument.items()) {
			String value = response.answers().get(item.id());
			if (value == null) {
				continue; // skipped (e.g. ODI sex life): FHIR leaves an unanswered item out
			}
			qr.addItem().setLinkId(item.id()).setText(item.text()).addAnswer().setValue(answer(instrument, item, value));
		}
		return qr;
	}

	private static Type answer(Instrument instrument, Item item, String value) {
		return switch (item.kind()) {
			case NUMBER -> new IntegerType(Integer.parseInt(value));
			case BOOLEAN -> new BooleanType(Boolean.parseBoolean(value));
			case WORD -> coding(instrument, item.options().stream().filter(o -> o.value().equals(value)).findFirst()
				.orElseThrow(() -> new IllegalStateException("stored answer is not an option: " + item.id())));
		};
	}

	private static Coding coding(Instrument instrument, Option option) {
		return new Coding(OPTION_CODES + instrument.measure().id(), option.value(), option.text());
	}

	static CodeableConcept text(String text) {
		return new CodeableConcept().setText(text);
	}
}
