package app.quadratus.scheduling;

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
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The client's appointments are Appointment resources in their FHIR bundle, valid against base R4. */
@WebTest
class AppointmentFhirTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBundleHoldsPastCancelledAndFutureAppointmentsAndValidates() throws Exception {
		// A demo client with a cancelled appointment has completed and booked ones too.
		UUID client = jdbc.sql("""
				select client_id from appointment where clinic_id = ? and status = 'CANCELLED'
				and client_id in (select client_id from appointment where status = 'BOOKED') order by client_id limit 1""")
			.param(demo.clinicOf(DemoAccounts.THERAPIST)).query(UUID.class).single();
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", client)
				.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
		List<Appointment> appointments = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
			.filter(Appointment.class::isInstance).map(Appointment.class::cast).toList();
		long stored = jdbc.sql("select count(*) from appointment where client_id = ?").param(client).query(Long.class).single();
		assertThat(appointments).hasSize((int) stored);
		assertThat(appointments).extracting(a -> a.getStatus().toCode()).contains("fulfilled", "cancelled", "booked");
		assertThat(appointments).allSatisfy(a -> {
			assertThat(a.getParticipant()).anySatisfy(p -> assertThat(p.getActor().getReference()).isEqualTo("Patient/" + client));
			assertThat(a.getStart()).isBefore(a.getEnd());
		});
		assertThat(appointments).filteredOn(a -> a.getStatus() == Appointment.AppointmentStatus.CANCELLED)
			.allSatisfy(a -> assertThat(a.getCancelationReason().getText()).isNotBlank());

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
