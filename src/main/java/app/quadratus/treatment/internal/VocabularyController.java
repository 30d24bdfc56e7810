package app.quadratus.treatment.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.Term;
import app.quadratus.shared.security.ClinicalAccess;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The treatment vocabularies (treatment-api.md): every id a plan, a session or a release speaks, with labels. */
@RestController
@ClinicalAccess
class VocabularyController {

	// Fixed for the life of the application, so the answer is built once.
	private static final Map<String, Object> VOCABULARY = build();

	@GetMapping(path = "/api/v1/treatment/vocabulary", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> vocabulary() {
		return VOCABULARY;
	}

	private static Map<String, Object> build() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("techniques", terms(Technique.values()));
		json.put("releaseOutcomes", terms(ReleaseOutcome.values()));
		json.put("goalResults", terms(GoalResult.values()));
		json.put("homeworkDone", terms(HomeworkDone.values()));
		json.put("goalKinds", terms(GoalKind.values()));
		json.put("phases", terms(PlanPhaseKind.values()));
		json.put("agreementMethods", terms(AgreementMethod.values()));
		return java.util.Collections.unmodifiableMap(json);
	}

	private static List<Map<String, String>> terms(Term[] terms) {
		return Arrays.stream(terms).map(t -> Map.of("id", t.id(), "label", t.label())).toList();
	}
}
