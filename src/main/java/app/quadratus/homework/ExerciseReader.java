package app.quadratus.homework;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.quadratus.atlas.Atlas;
import app.quadratus.screening.PainPattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads one exercise definition (the shape of {@code exercises/*.json}) and checks it against the
 * atlas and the library's vocabularies. Anything unknown fails loudly with the file and the field, as
 * the atlas loader does: a typo must stop the application, not hide an exercise.
 */
final class ExerciseReader {

	/** The patterns the library flags (exercises.md §0.1); referral patterns get no exercises at all. */
	static final List<PainPattern> PATTERNS = List.of(PainPattern.RADICULAR, PainPattern.DEEP_GLUTEAL,
			PainPattern.SACROILIAC, PainPattern.MYOFASCIAL, PainPattern.NON_SPECIFIC);

	static final List<String> NERVES = List.of("sciatic", "femoral");

	private final Atlas atlas;

	ExerciseReader(Atlas atlas) {
		this.atlas = atlas;
	}

	Exercise read(String where, JsonNode node, boolean clinicOwn) {
		String id = text(where, node, "id");
		if (!id.matches("[a-z0-9_]{2,80}")) {
			throw bad(where, "id", id);
		}
		String category = text(where, node, "category");
		List<String> targets = list(node, "targets");
		for (String muscle : targets) {
			if (atlas.muscle(muscle).isEmpty()) {
				throw bad(where, "targets", "unknown muscle id " + muscle);
			}
		}
		List<String> nerves = list(node, "nerves");
		nerves.stream().filter(n -> !NERVES.contains(n)).findFirst().ifPresent(n -> {
			throw bad(where, "nerves", n);
		});
		List<String> regions = list(node, "regions");
		for (String region : regions) {
			if (atlas.region(region).isEmpty()) {
				throw bad(where, "regions", "unknown region id " + region);
			}
		}
		Map<PainPattern, Suitability> patterns = new EnumMap<>(PainPattern.class);
		for (PainPattern pattern : PATTERNS) {
			String word = node.path("patterns").path(pattern.id()).asString("");
			patterns.put(pattern, Suitability.of(word).orElseThrow(() -> bad(where, "patterns." + pattern.id(), word)));
		}
		List<String> steps = list(node, "steps");
		if (steps.isEmpty()) {
			throw bad(where, "steps", "none");
		}
		String poseId = node.path("illustration").path("pose").asString("");
		return new Exercise(id, text(where, node, "name"),
				ExerciseCategory.of(category).orElseThrow(() -> bad(where, "category", category)), targets, nerves,
				regions, dose(where, node.path("dose")), patterns, node.path("startPosition").asString(""), steps,
				list(node, "precautions"), list(node, "sources"),
				Pose.of(poseId).orElseThrow(() -> bad(where, "illustration.pose", poseId)), clinicOwn);
	}

	private static Dose dose(String where, JsonNode dose) {
		try {
			return new Dose(number(dose, "sets"), number(dose, "reps"), number(dose, "holdSeconds"),
					dose.path("timesPerDay").asInt(0), dose.path("daysPerWeek").asInt(0));
		}
		catch (IllegalArgumentException e) {
			throw bad(where, "dose", e.getMessage());
		}
	}

	private static Integer number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? value.asInt() : null;
	}

	private static String text(String where, JsonNode node, String field) {
		String value = node.path(field).asString("");
		if (value.isBlank()) {
			throw bad(where, field, "missing");
		}
		return value;
	}

	private static List<String> list(JsonNode node, String field) {
		List<String> values = new ArrayList<>();
		node.path(field).forEach(v -> values.add(v.asString()));
		return values;
	}

	private static IllegalStateException bad(String where, String field, String problem) {
		return new IllegalStateException("Exercise " + where + ": bad " + field + " (" + problem + ")");
	}
}
