package app.quadratus.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** The client's assessments in their FHIR export: the current version of each (amendments included). */
@Component
class AssessmentFhirContributor implements FhirResourceContributor {

	private final AssessmentRepository repository;

	private final Atlas atlas;

	AssessmentFhirContributor(AssessmentRepository repository, Atlas atlas) {
		this.repository = repository;
		this.atlas = atlas;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		List<Resource> resources = new ArrayList<>();
		for (AssessmentVersion version : repository.latestVersions(CurrentUser.clinicId(), clientId)) {
			resources.addAll(AssessmentFhir.resources(version, atlas));
		}
		return resources;
	}
}
