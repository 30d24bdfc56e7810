package app.quadratus.treatment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.signed.SignedRecords;
import app.quadratus.treatment.TreatmentSessions;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** The client's plans and sessions in their FHIR export (the exporter audits the export). */
@Component
class TreatmentFhirContributor implements FhirResourceContributor {

	private final PlanRepository plans;

	private final SessionRepository sessions;

	private final ReleaseRepository releases;

	private final SignedRecords signed;

	private final Atlas atlas;

	TreatmentFhirContributor(PlanRepository plans, SessionRepository sessions, ReleaseRepository releases,
			SignedRecords signed, Atlas atlas) {
		this.plans = plans;
		this.sessions = sessions;
		this.releases = releases;
		this.signed = signed;
		this.atlas = atlas;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		UUID clinicId = CurrentUser.clinicId();
		List<Resource> resources = new ArrayList<>();
		for (UUID planId : plans.planIds(clinicId, clientId)) {
			List<PlanVersion> versions = plans.versions(clinicId, planId);
			resources.addAll(TreatmentFhir.plan(versions.get(versions.size() - 1)));
		}
		List<TreatmentSession> all = sessions.all(clinicId, clientId);
		Set<UUID> inError = signed.enteredInError(clinicId, TreatmentSessions.RECORD_TYPE,
				all.stream().map(TreatmentSession::id).toList());
		for (TreatmentSession s : all) {
			resources.addAll(TreatmentFhir.session(s, releases.of(clinicId, s.id()), inError.contains(s.id()), atlas));
		}
		return resources;
	}
}
