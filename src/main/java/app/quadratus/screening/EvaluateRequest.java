package app.quadratus.screening;

import java.util.List;
import java.util.Map;

/**
 * The evaluate request as sent. Ids and value words stay strings here so that an unknown one can be
 * answered with 422 naming its field ({@link EvaluateRequestReader}), not a generic binding error.
 */
record EvaluateRequest(Integer age, String sex, Onset onset, Boolean priorMedicalAssessment,
		List<PainRegion> painRegions, Map<String, String> redFlags, Map<String, String> tests, Palpation palpation,
		List<String> aggravatingFactors, StartBackScores startBack) {

	record Onset(String type, Integer durationDays) {
	}

	record PainRegion(String region, String side, Integer intensity) {
	}

	record Palpation(Boolean reproducesFamiliarPain) {
	}

	record StartBackScores(Integer total, Integer distress) {
	}
}
