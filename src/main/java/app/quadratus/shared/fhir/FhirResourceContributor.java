package app.quadratus.shared.fhir;

import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.Audience;
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

	/**
	 * Whether these resources go into an export for this audience. Staff get everything; the client's own
	 * download (PS-28) gets only what they provided or were shown, so a contributor holding therapist-only
	 * notes leaves them out (the client asks for those through a staff-reviewed access request).
	 */
	default boolean sharedWith(Audience audience) {
		return audience == Audience.STAFF;
	}
}
