package app.quadratus.careteam.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.Audience;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.SharedPart;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The client's care team as FHIR R4: one CareTeam whose participants are the people with a live share
 * (by name and role; they are not the clinic's practitioners, so no Practitioner resource), and one
 * Consent per share (withdrawn ones "inactive"), scope patient-privacy, with what it permits as the
 * provision's classes. In the staff export and the client's own download: the client gave each share.
 */
@Component
class CareTeamFhirContributor implements FhirResourceContributor {

	static final String PARTS = "https://quadratus.app/fhir/CodeSystem/care-share-part";

	private final ShareRepository shares;

	CareTeamFhirContributor(ShareRepository shares) {
		this.shares = shares;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public boolean sharedWith(Audience audience) {
		return audience == Audience.STAFF || audience == Audience.CLIENT_SELF;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		List<CareShare> all = shares.forClient(CurrentUser.clinicId(), clientId);
		List<Resource> resources = new ArrayList<>();
		if (all.isEmpty()) {
			return resources;
		}
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		CareTeam team = new CareTeam();
		// Ids are UUIDs like every other resource of the bundle (its entries are urn:uuid: addresses).
		team.setId(UUID.nameUUIDFromBytes(("careteam-" + clientId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
		team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		team.setName("Care team outside the clinic");
		team.setSubject(new Reference("Patient/" + clientId));
		for (CareShare s : all) {
			if (s.liveOn(today) || !s.withdrawn() && s.startsOn().isAfter(today)) {
				team.addParticipant()
					.addRole(new CodeableConcept().setText(kindWords(s.kind())))
					.setMember(new Reference().setDisplay(s.partnerName()))
					.setPeriod(period(s));
			}
			resources.add(consent(s, clientId));
		}
		if (team.hasParticipant()) {
			resources.add(0, team);
		}
		return resources;
	}

	private static Consent consent(CareShare s, UUID clientId) {
		Consent consent = new Consent();
		consent.setId(s.id().toString());
		consent.setStatus(s.withdrawn() ? Consent.ConsentState.INACTIVE : Consent.ConsentState.ACTIVE);
		consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
				"patient-privacy", "Privacy Consent")));
		consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
		consent.setPatient(new Reference("Patient/" + clientId));
		consent.setDateTime(Date.from(s.grantedAt()));
		consent.setPolicyRule(new CodeableConcept().setText("Explicit, specific, revocable consent to share with "
				+ "a care-team member outside the clinic; purpose: " + s.purpose()));
		Consent.ProvisionComponent provision = consent.getProvision();
		provision.setType(Consent.ConsentProvisionType.PERMIT);
		provision.setPeriod(period(s));
		provision.addActor()
			.setRole(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
					"information recipient")))
			.setReference(new Reference().setDisplay(s.partnerName() + " (" + kindWords(s.kind()) + ")"));
		provision.addPurpose(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"));
		for (SharedPart part : s.parts()) {
			provision.addCode(new CodeableConcept(new Coding(PARTS, part.name().toLowerCase(java.util.Locale.ROOT),
					part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
		}
		return consent;
	}

	private static Period period(CareShare s) {
		Period period = new Period();
		period.setStart(java.sql.Date.valueOf(s.startsOn()));
		if (s.endsOn() != null) {
			period.setEnd(java.sql.Date.valueOf(s.endsOn()));
		}
		else if (s.withdrawnAt() != null) {
			period.setEnd(Date.from(s.withdrawnAt()));
		}
		return period;
	}

	private static String kindWords(PartnerKind kind) {
		return switch (kind) {
			case PILATES -> "Pilates instructor";
			case GP -> "General practitioner";
			case PHYSIOTHERAPIST -> "Physiotherapist";
			case TRAINER -> "Personal trainer";
			case OTHER -> "Care-team member";
		};
	}
}
