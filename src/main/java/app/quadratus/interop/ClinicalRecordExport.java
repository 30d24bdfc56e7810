package app.quadratus.interop;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.fhir.FhirResourceContributor;
import app.quadratus.shared.security.Audience;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a client's record as a FHIR R4 collection bundle from every module's contribution. */
@Service
public class ClinicalRecordExport {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final ClientRecords clients;

	private final List<FhirResourceContributor> contributors;

	private final AuditLog audit;

	ClinicalRecordExport(ClientRecords clients, List<FhirResourceContributor> contributors, AuditLog audit) {
		this.clients = clients;
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(FhirResourceContributor::order)).toList();
		this.audit = audit;
	}

	/** Everything, for staff. Reception may not export clinical resources; another clinic's client is not found. */
	@ClinicalAccess
	@Transactional
	public Bundle bundleFor(UUID clientId) {
		clients.requireExists(clientId);
		return bundle(clientId, Audience.STAFF);
	}

	/**
	 * The signed-in client's own bundle (PS-30): only the contributions shared with the client
	 * ({@link FhirResourceContributor#sharedWith}), never the therapist's notes or assessments.
	 */
	@ClientSelfAccess
	@Transactional
	public Bundle bundleForSelf() {
		return bundle(CurrentUser.ownClientId(), Audience.CLIENT_SELF);
	}

	private Bundle bundle(UUID clientId, Audience audience) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(new java.util.Date());
		for (FhirResourceContributor contributor : contributors) {
			if (!contributor.sharedWith(audience)) {
				continue;
			}
			for (Resource resource : contributor.resourcesFor(clientId)) {
				bundle.addEntry().setFullUrl(fullUrl(resource)).setResource(resource);
			}
		}
		audit.record(AuditAction.EXPORT, audience == Audience.STAFF ? "fhir-bundle" : "fhir-bundle-own", clientId, clientId);
		return bundle;
	}

	public String asJson(Bundle bundle) {
		return FHIR.newJsonParser().setPrettyPrint(false).encodeResourceToString(bundle);
	}

	private static String fullUrl(Resource resource) {
		String id = resource.getIdElement().getIdPart();
		// Bundle entries are addressed as urn:uuid; a contributor whose ids are not UUIDs gets a stable one.
		return "urn:uuid:" + (id != null && id.matches("[0-9a-fA-F-]{36}") ? id
				: UUID.nameUUIDFromBytes((resource.fhirType() + "/" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
