package app.quadratus.homework;

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
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class HomeworkFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Test
	void theDemoClientsProgrammeIsACarePlanWithItsExercisesAsActivitiesAndValidatesAgainstBaseR4() throws Exception {
		UUID claire = demo.clientOfAccount(DemoAccounts.CLIENT);
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", claire)
				.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<CarePlan> plans = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
			.filter(CarePlan.class::isInstance).map(CarePlan.class::cast)
			.filter(p -> "Home exercise programme".equals(p.getTitle())).toList();
		assertThat(plans).isNotEmpty();
		CarePlan plan = plans.get(0);
		assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + claire);
		assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
		assertThat(plan.getActivity()).extracting(a -> a.getDetail().getCode().getCodingFirstRep().getCode())
			.contains("piriformis_figure_four", "glute_bridge", "habit_break_up_sitting");
		assertThat(plan.getActivityFirstRep().getDetail().getScheduledTiming().getRepeat().getFrequency()).isEqualTo(2);
		assertThat(plan.getNoteFirstRep().getText()).contains("999");

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
