package app.quadratus.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

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
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class TreatmentFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Test
	void plansAndSessionsAreInTheClientsBundleWhichValidatesAgainstBaseR4() throws Exception {
		TreatmentApi api = new TreatmentApi(mvc);
		TreatmentSessionsFixture fixture = new TreatmentSessionsFixture(mvc);
		UUID client = fixture.newClient();
		UUID plan = fixture.agreedPlanReviewedOn(client, "2027-01-10");
		String session = api.post("{\"planId\": \"%s\", \"painBefore\": 6, \"homework\": \"done\"}".formatted(plan),
				"/api/v1/clients/{id}/sessions", client).text("id");
		api.release(session, "k1", TreatmentApi.RELEASE_EXAMPLE);
		api.patch("""
				{"painAfter": 3, "techniques": ["trigger_point_therapy", "passive_stretching"],
				 "regionsTreated": [{"region": "mid_buttock", "side": "right"}]}""", "/api/v1/sessions/{id}", session);
		api.post("", "/api/v1/sessions/{id}/sign", session);
		api.newSession(client);

		TreatmentApi.Answer export = api.get("/api/v1/clients/{id}/fhir", client);
		assertThat(export.status()).isEqualTo(200);
		String json = export.response().getContentAsString();
		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
		CarePlan carePlan = only(resources, CarePlan.class).get(0);
		assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
		assertThat(carePlan.getGoal()).hasSize(3);
		assertThat(only(resources, Goal.class)).hasSize(3);
		assertThat(only(resources, Encounter.class)).extracting(Encounter::getStatus)
			.containsExactlyInAnyOrder(Encounter.EncounterStatus.FINISHED, Encounter.EncounterStatus.INPROGRESS);
		Procedure signed = only(resources, Procedure.class).stream()
			.filter(p -> p.getStatus() == Procedure.ProcedureStatus.COMPLETED).findFirst().orElseThrow();
		assertThat(signed.getBodySite()).extracting(site -> site.getCodingFirstRep().getCode())
			.contains("mid_buttock", "piriformis");
		assertThat(only(resources, Observation.class)).anySatisfy(o -> {
			assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
			assertThat(o.getValueQuantity().getValue().intValue()).isEqualTo(3);
		});

		List<SingleValidationMessage> errors = validator().validateWithResult(json).getMessages().stream()
			.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as("validation errors").isEmpty();
	}

	private static <T extends Resource> List<T> only(List<Resource> resources, Class<T> type) {
		return resources.stream().filter(type::isInstance).map(type::cast).toList();
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
