package app.quadratus.interop;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FhirExportController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final ClinicalRecordExport export;

	FhirExportController(ClinicalRecordExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/clients/{id}/fhir")
	ResponseEntity<String> bundle(@PathVariable UUID id) {
		return ResponseEntity.ok().contentType(FHIR_JSON).body(export.asJson(export.bundleFor(id)));
	}

	/** The same bundle as a download from the chart, for a therapist signed in to the web pages. */
	@GetMapping("/clients/{id}/fhir")
	ResponseEntity<String> download(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header("Content-Disposition", "attachment; filename=\"client-" + id + ".fhir.json\"")
			.header("Cache-Control", "no-store")
			.body(export.asJson(export.bundleFor(id)));
	}

	/** The client's own bundle from the portal: only what they provided or were shown. */
	@GetMapping("/portal/data.fhir.json")
	ResponseEntity<String> own() {
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header("Content-Disposition", "attachment; filename=\"my-record.fhir.json\"")
			.header("Cache-Control", "no-store")
			.body(export.asJson(export.bundleForSelf()));
	}
}
