package app.quadratus.screening;

import app.quadratus.atlas.Atlas;
import app.quadratus.shared.security.ClinicalAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening API (shared/contracts/screening-api.md). Access is checked here as well as on the service
 * so that a client account learns nothing from validation messages before being refused.
 */
@RestController
@RequestMapping(path = "/api/v1/screening", produces = MediaType.APPLICATION_JSON_VALUE)
@ClinicalAccess
class ScreeningController {

	private final Screening screening;

	private final Atlas atlas;

	private final VocabularyResponse vocabulary;

	ScreeningController(Screening screening, Atlas atlas) {
		this.screening = screening;
		this.atlas = atlas;
		// The vocabularies are fixed for the life of the application, so the answer is built once.
		this.vocabulary = VocabularyResponse.of(atlas);
	}

	@PostMapping(path = "/evaluate", consumes = MediaType.APPLICATION_JSON_VALUE)
	EvaluateResponse evaluate(@RequestBody EvaluateRequest request) {
		ScreeningInput input = new EvaluateRequestReader(atlas).read(request);
		return EvaluateResponse.of(screening.evaluate(input), atlas.version());
	}

	@GetMapping("/vocabulary")
	VocabularyResponse vocabulary() {
		return vocabulary;
	}
}
