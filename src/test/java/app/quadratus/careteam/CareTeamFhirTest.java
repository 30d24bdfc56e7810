package app.quadratus.careteam;

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
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Claire's bundle holds her care team (Jo Reed) and one Consent per share, valid against base R4. */
@WebTest
class CareTeamFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Test
	void theClientsSharesAreACareTeamAndConsentsThatValidateAgainstBaseR4() throws Exception {
		UUID claire = demo.clientOfAccount(DemoAccounts.CLIENT);
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", claire)
				.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<CareTeam> teams = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
			.filter(CareTeam.class::isInstance).map(CareTeam.class::cast).toList();
		assertThat(teams).hasSize(1);
		assertThat(teams.get(0).getSubject().getReference()).isEqualTo("Patient/" + claire);
		assertThat(teams.get(0).getParticipant()).extracting(p -> p.getMember().getDisplay()).contains("Jo Reed");
		List<Consent> consents = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
			.filter(Consent.class::isInstance).map(Consent.class::cast).toList();
		assertThat(consents).isNotEmpty();
		Consent jo = consents.stream().filter(c -> c.getProvision().getActorFirstRep().getReference().getDisplay()
			.startsWith("Jo Reed")).findFirst().orElseThrow();
		assertThat(jo.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
		assertThat(jo.getProvision().getCode()).extracting(c -> c.getCodingFirstRep().getCode())
			.contains("goals", "homework", "precautions");

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
