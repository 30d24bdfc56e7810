package app.quadratus.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class FhirExportTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Test
	void theBundleHoldsThePatientAndValidatesAgainstBaseR4() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", client).with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andReturn().getResponse().getContentAsString();

		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
		assertThat(json).contains("\"resourceType\":\"Patient\",\"id\":\"" + client + "\"");
		assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(client.toString());
		assertThat(patient.getBirthDate()).isNotNull();
		assertThat(patient.getNameFirstRep().getFamily()).isNotBlank();

		List<SingleValidationMessage> errors = validator().validateWithResult(json).getMessages().stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as("validation errors").isEmpty();
	}

	@Test
	void theDownloadFromTheChartIsNeverCached() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}/fhir", client).session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void receptionMayNotExportClinicalRecords() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		mvc.perform(get("/api/v1/clients/{id}/fhir", client).with(httpBasic(DemoAccounts.RECEPTION, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	static FhirValidator validator() {
		ValidationSupportChain support = new ValidationSupportChain(
				new org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport(FHIR),
				FHIR.getValidationSupport(), new InMemoryTerminologyServerValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR));
		FhirValidator validator = FHIR.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		return validator;
	}
}
