package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.WebTest;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The client's measures in their FHIR R4 bundle, valid against base R4. */
@WebTest
class OutcomesFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCompletionIsAQuestionnaireResponseWithAnObservationOfItsTotalAndTheBundleIsValidR4() throws Exception {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		long completions = jdbc.sql("select count(*) from outcome_response where client_id = ? and status = 'COMPLETED'")
			.param(claire).query(Long.class).single();
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", claire).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();

		List<QuestionnaireResponse> responses = of(resources, QuestionnaireResponse.class);
		assertThat(responses).hasSize((int) completions);
		assertThat(responses).allSatisfy(r -> assertThat(r.getSubject().getReference()).isEqualTo("Patient/" + claire));
		assertThat(of(resources, Questionnaire.class)).extracting(Questionnaire::getUrl)
			.contains(FhirQuestionnaires.CANONICAL + "odi", FhirQuestionnaires.CANONICAL + "startback");
		List<Observation> observations = of(resources, Observation.class);
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("97909-6"));
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3"));
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("91351-7"));
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("91352-5"));
		// The parser names each resource by its entry's fullUrl; the exporter only keeps UUID ids there as they are.
		assertThat(resources).allSatisfy(r -> assertThat(UUID.fromString(r.getIdElement().getIdPart().replace("urn:uuid:", ""))).isNotNull());
		assertThat(json).contains("\"id\":\"" + responses.get(0).getIdElement().getIdPart().replace("urn:uuid:", "") + "\"");

		List<SingleValidationMessage> errors = validator().validateWithResult(json).getMessages().stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as(errors.toString()).isEmpty();
	}

	private static FhirValidator validator() {
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
				new SnapshotGeneratingValidationSupport(FHIR));
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain));
		return validator;
	}

	private static <T extends Resource> List<T> of(List<Resource> resources, Class<T> type) {
		return resources.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
