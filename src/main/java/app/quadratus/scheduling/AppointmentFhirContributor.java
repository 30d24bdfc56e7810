package app.quadratus.scheduling;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clinic.Room;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The client's appointments in their FHIR export, as R4 Appointment resources. The therapist and room
 * are named (display) rather than referenced: the bundle holds no Practitioner or Location to point at.
 */
@Component
class AppointmentFhirContributor implements FhirResourceContributor {

	private final Appointments appointments;

	private final Schedule schedule;

	private final Accounts accounts;

	AppointmentFhirContributor(Appointments appointments, Schedule schedule, Accounts accounts) {
		this.appointments = appointments;
		this.schedule = schedule;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		Map<UUID, String> types = new HashMap<>();
		schedule.types().forEach(t -> types.put(t.id(), t.name()));
		Map<UUID, String> rooms = new HashMap<>();
		schedule.rooms().forEach((Room r) -> rooms.put(r.id(), r.name()));
		Map<UUID, String> staff = new HashMap<>();
		return appointments.ofClient(CurrentUser.clinicId(), clientId).stream()
			.map(a -> (Resource) toFhir(a, types.get(a.typeId()), rooms.get(a.roomId()),
					staff.computeIfAbsent(a.therapistId(), accounts::nameOf)))
			.toList();
	}

	static org.hl7.fhir.r4.model.Appointment toFhir(Appointment a, String typeName, String roomName, String therapistName) {
		org.hl7.fhir.r4.model.Appointment fhir = new org.hl7.fhir.r4.model.Appointment();
		fhir.setId(a.id().toString());
		fhir.setStatus(AppointmentStatus.fromCode(a.status().fhirCode()));
		if (typeName != null) {
			fhir.addServiceType(new CodeableConcept().setText(typeName));
			fhir.setAppointmentType(new CodeableConcept().setText(typeName));
		}
		fhir.setStart(Date.from(a.start()));
		fhir.setEnd(Date.from(a.end()));
		fhir.setMinutesDuration(a.durationMinutes());
		fhir.setCreated(Date.from(a.createdAt()));
		if (a.status() == app.quadratus.scheduling.AppointmentStatus.CANCELLED && a.cancelReason() != null) {
			fhir.setCancelationReason(new CodeableConcept().setText(a.cancelReason()));
		}
		ParticipationStatus attending = a.status() == app.quadratus.scheduling.AppointmentStatus.CANCELLED
				? ParticipationStatus.DECLINED : ParticipationStatus.ACCEPTED;
		fhir.addParticipant().setActor(new Reference("Patient/" + a.clientId())).setRequired(ParticipantRequired.REQUIRED)
			.setStatus(attending);
		fhir.addParticipant().setActor(new Reference().setDisplay(therapistName == null ? "Therapist" : therapistName))
			.setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
		fhir.addParticipant().setActor(new Reference().setDisplay(roomName == null ? "Room" : roomName))
			.setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
		return fhir;
	}
}
