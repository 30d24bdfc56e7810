package app.quadratus.shared.fhir;

import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Resource;

/**
 * Each module that holds part of a client's clinical record contributes its FHIR R4 resources to the
 * client's export, so the exporter never reads another module's tables. Called with the signed-in
 * person's clinic already checked to own the client.
 */
public interface FhirResourceContributor {

	/** Resources for this client, each with its id set; references to the Patient use "Patient/{clientId}". */
	List<Resource> resourcesFor(UUID clientId);

	/** Lower comes first in the bundle; the Patient contributes at 0. */
	default int order() {
		return 100;
	}
}
