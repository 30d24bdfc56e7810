package app.quadratus.atlas;

import java.util.List;
import java.util.Map;

/** The atlas data file as written, before its ids are checked (see {@link AtlasLoader}). */
record AtlasFile(String version, String description, List<View> views, List<Region> regions, List<MuscleEntry> muscles,
		Map<String, String> sources) {

	record View(String id, String label, String viewBox, String outline, String note) {
	}

	record Region(String id, String label, String landmark, String segment, boolean sided, List<Shape> shapes) {
	}

	record Shape(String view, String side, String points) {
	}

	record MuscleEntry(String id, String name, List<Part> parts, List<String> activatingFactors, String activities,
			String palpation, String selfStretch, List<String> satellites, List<String> sources) {
	}

	record Part(String id, String name, List<String> essential, List<String> spillover, String note) {
	}
}
