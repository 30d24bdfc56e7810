package app.quadratus.outcomes;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The outcome-measure API of {@code contracts/outcomes-api.md}. The body is bound as a JSON tree, not a
 * typed object, so that a well-formed answer of the wrong kind is a 422 naming the answer; only JSON
 * that does not parse is a 400.
 */
@RestController
@RequestMapping("/api/v1/instruments/{instrument}")
class InstrumentController {

	private final OutcomeMeasures outcomeMeasures;

	InstrumentController(OutcomeMeasures outcomeMeasures) {
		this.outcomeMeasures = outcomeMeasures;
	}

	@PostMapping("/score")
	Score score(@PathVariable String instrument, @RequestBody JsonNode request) {
		return outcomeMeasures.score(instrument, request);
	}

	@PostMapping("/change")
	Change change(@PathVariable String instrument, @RequestBody JsonNode request) {
		return outcomeMeasures.change(instrument, request);
	}
}
