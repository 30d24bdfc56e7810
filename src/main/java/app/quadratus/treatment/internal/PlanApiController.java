package app.quadratus.treatment.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.MeasureCatalogue;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.treatment.TreatmentPlans;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The plans of treatment-api.md. Access is checked here as well as on the service so that reception and
 * client accounts learn nothing from validation messages before being refused.
 */
@RestController
@ClinicalAccess
class PlanApiController {

	private final TreatmentPlans plans;

	private final MeasureCatalogue measures;

	PlanApiController(TreatmentPlans plans, MeasureCatalogue measures) {
		this.plans = plans;
		this.measures = measures;
	}

	@PostMapping(path = "/api/v1/clients/{clientId}/plans", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> create(@PathVariable UUID clientId, @RequestBody JsonNode body) {
		PlanVersion version = plans.create(clientId, new PlanReader(measures).read(FieldReader.body(body)));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + version.planId())).body(TreatmentViews.plan(version));
	}

	@GetMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> open(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
		return TreatmentViews.plan(plans.open(id, version));
	}

	@PutMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> revise(@PathVariable UUID id, @RequestBody JsonNode body) {
		plans.requireExists(id);
		PlanReader reader = new PlanReader(measures);
		Integer basedOn = reader.fields().integer(FieldReader.body(body).get("basedOnVersion"), "basedOnVersion", 1,
				Integer.MAX_VALUE, true);
		PlanContent content = reader.read(FieldReader.body(body));
		return TreatmentViews.plan(plans.revise(id, basedOn, content));
	}

	@PostMapping(path = "/api/v1/plans/{id}/agreement", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> agree(@PathVariable UUID id, @RequestBody JsonNode body) {
		plans.requireExists(id);
		FieldReader fields = new FieldReader();
		Integer version = fields.integer(FieldReader.body(body).get("version"), "version", 1, Integer.MAX_VALUE, true);
		String agreedBy = fields.text(FieldReader.body(body).get("agreedBy"), "agreedBy", 200, true);
		AgreementMethod method = fields.term(AgreementMethod.class, FieldReader.body(body).get("method"), "method", true);
		fields.done();
		return TreatmentViews.plan(plans.agree(id, version, agreedBy, method));
	}
}
