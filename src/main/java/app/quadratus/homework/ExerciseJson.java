package app.quadratus.homework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contract's JSON shapes of exercises, programmes and adherence. */
final class ExerciseJson {

	private ExerciseJson() {
	}

	static Map<String, Object> summary(Exercise e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id());
		json.put("name", e.name());
		json.put("category", e.category().id());
		json.put("targets", e.targets());
		json.put("regions", e.regions());
		json.put("dose", dose(e.dose()));
		Map<String, String> patterns = new LinkedHashMap<>();
		ExerciseReader.PATTERNS.forEach(p -> patterns.put(p.id(), e.suitabilityFor(p).id()));
		json.put("patterns", patterns);
		json.put("clinicOwn", e.clinicOwn());
		return json;
	}

	static Map<String, Object> detail(Exercise e) {
		Map<String, Object> json = summary(e);
		json.put("nerves", e.nerves());
		json.put("startPosition", e.startPosition());
		json.put("steps", e.steps());
		json.put("precautions", e.precautions());
		json.put("sources", e.sources());
		json.put("illustration", Map.of("pose", e.pose().id(), "svg", "/homework/exercises/" + e.id() + "/figure.svg"));
		return json;
	}

	static Map<String, Object> dose(Dose d) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sets", d.sets());
		json.put("reps", d.reps());
		json.put("holdSeconds", d.holdSeconds());
		json.put("timesPerDay", d.timesPerDay());
		json.put("daysPerWeek", d.daysPerWeek());
		return json;
	}

	static Map<String, Object> programme(HomeProgramme p, Map<String, String> names, String safetyNet) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.id());
		json.put("clientId", p.clientId());
		json.put("planId", p.planId());
		json.put("startsOn", p.startsOn());
		json.put("endsOn", p.endsOn());
		json.put("createdAt", p.createdAt());
		List<Map<String, Object>> exercises = p.exercises().stream().map(e -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("exerciseId", e.exerciseId());
			item.put("name", names.get(e.exerciseId()));
			item.putAll(dose(e.dose()));
			if (e.overrideReason() != null) {
				item.put("override", Map.of("reason", e.overrideReason()));
			}
			return item;
		}).toList();
		json.put("exercises", exercises);
		json.put("safetyNet", safetyNet);
		return json;
	}
}
