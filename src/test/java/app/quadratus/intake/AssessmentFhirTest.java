package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AssessmentFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAssessedClientsBundleHoldsTheAssessmentAndValidatesAgainstBaseR4() throws Exception {
		// The demo's radicular client has a deficit, so the screening asked for a routine referral.
		UUID client = jdbc.sql("select client_id from assessment_version where clinic_id = ? and pattern = 'RADICULAR'")
			.param(demo.clinicOf(DemoAccounts.THERAPIST)).query(UUID.class).list().get(0);
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", client)
				.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
		List<Observation> observations = resources.stream().filter(Observation.class::isInstance).map(Observation.class::cast).toList();
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3"));
		assertThat(observations).anySatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("slr"));
		assertThat(resources).hasAtLeastOneElementOfType(RiskAssessment.class);
		Condition condition = resources.stream().filter(Condition.class::isInstance).map(Condition.class::cast).findFirst().orElseThrow();
		assertThat(condition.getCode().getCoding()).anySatisfy(c -> assertThat(c.getCode()).isEqualTo("128196005"));
		ServiceRequest referral = resources.stream().filter(ServiceRequest.class::isInstance).map(ServiceRequest.class::cast)
			.findFirst().orElseThrow();
		assertThat(referral.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.ROUTINE);
		assertThat(referral.getSubject().getReference()).isEqualTo("Patient/" + client);
		// Every resource id is a UUID (the parser reports it as the entry's urn:uuid full URL).
		assertThat(resources).allSatisfy(r -> assertThat(r.getIdElement().getValue())
			.matches("(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

		List<SingleValidationMessage> errors = validator().validateWithResult(json).getMessages().stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as("validation errors").isEmpty();
	}

	private static FhirValidator validator() {
		ValidationSupportChain support = new ValidationSupportChain(new PrePopulatedValidationSupport(FHIR),
				FHIR.getValidationSupport(), new InMemoryTerminologyServerValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR));
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		return validator;
	}
}
