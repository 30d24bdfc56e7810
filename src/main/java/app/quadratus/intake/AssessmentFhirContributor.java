package app.quadratus.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.signed.SignedRecords;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The client's assessments in their FHIR export: the current version of each (amendments included),
 * those entered in error too, marked so.
 */
@Component
class AssessmentFhirContributor implements FhirResourceContributor {

	private final AssessmentRepository repository;

	private final Atlas atlas;

	private final SignedRecords signed;

	AssessmentFhirContributor(AssessmentRepository repository, Atlas atlas, SignedRecords signed) {
		this.repository = repository;
		this.atlas = atlas;
		this.signed = signed;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<Resource> resourcesFor(UUID clientId) {
		List<Resource> resources = new ArrayList<>();
		List<AssessmentVersion> versions = repository.latestVersions(CurrentUser.clinicId(), clientId);
		Set<UUID> inError = signed.enteredInError(CurrentUser.clinicId(), Assessments.RECORD_TYPE,
				versions.stream().map(AssessmentVersion::assessmentId).toList());
		for (AssessmentVersion version : versions) {
			resources.addAll(AssessmentFhir.resources(version, atlas, inError.contains(version.assessmentId())));
		}
		return resources;
	}
}
