package app.quadratus.clients;

import java.util.List;
import java.util.UUID;

import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/** The client as a FHIR R4 Patient: identity, contact, emergency contact and GP (by name). */
@Component
class PatientFhirContributor implements FhirResourceContributor {

	static final String IDENTIFIER_SYSTEM = "urn:quadratus:client";

	private final ClientRepository repository;

	PatientFhirContributor(ClientRepository repository) {
		this.repository = repository;
	}

	/** The client's own download gets this too: they provided it or were shown it. */
	@Override
	public boolean sharedWith(app.quadratus.shared.security.Audience audience) {
		return true;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		return repository.find(CurrentUser.clinicId(), clientId).<List<Resource>>map(c -> List.of(toPatient(c)))
			.orElse(List.of());
	}

	static Patient toPatient(Client c) {
		Patient patient = new Patient();
		patient.setId(c.id().toString());
		patient.addIdentifier().setSystem(IDENTIFIER_SYSTEM).setValue(c.id().toString());
		patient.setActive(!c.archived());
		HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(c.familyName());
		name.addGiven(c.givenName());
		if (c.preferredName() != null) {
			patient.addName().setUse(HumanName.NameUse.USUAL).addGiven(c.preferredName());
		}
		// a date, not an instant: a Date would be rendered in the server's time zone
		patient.setBirthDateElement(new DateType(c.dateOfBirth().toString()));
		if (c.phone() != null) {
			patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
		}
		if (c.email() != null) {
			patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email());
		}
		if (c.addressLine() != null || c.town() != null || c.postcode() != null) {
			Address address = patient.addAddress().setCity(c.town()).setPostalCode(c.postcode()).setCountry("GB");
			if (c.addressLine() != null) {
				address.setLine(List.of(new StringType(c.addressLine())));
			}
		}
		if (c.emergencyContactName() != null) {
			Patient.ContactComponent contact = patient.addContact();
			contact.getRelationshipFirstRep().addCoding()
				.setSystem("http://terminology.hl7.org/CodeSystem/v2-0131").setCode("C").setDisplay("Emergency Contact");
			contact.setName(new HumanName().setText(c.emergencyContactName()));
			if (c.emergencyContactPhone() != null) {
				contact.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.emergencyContactPhone());
			}
		}
		if (c.gpName() != null || c.gpPractice() != null) {
			String gp = c.gpName() == null ? c.gpPractice()
					: c.gpPractice() == null ? c.gpName() : c.gpName() + ", " + c.gpPractice();
			patient.addGeneralPractitioner(new Reference().setDisplay(gp));
		}
		return patient;
	}
}
