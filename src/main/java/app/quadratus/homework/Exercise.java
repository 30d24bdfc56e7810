package app.quadratus.homework;

import java.util.List;
import java.util.Map;

import app.quadratus.screening.PainPattern;

/**
 * One exercise of the library: the reference's entry (exercises.md §1) or a clinic's own. Targets are
 * atlas muscle ids, nerves are "sciatic"/"femoral", regions are atlas region ids; the starting dose is
 * the therapist's default to edit. {@code pose} names the stick figure that illustrates it.
 */
public record Exercise(String id, String name, ExerciseCategory category, List<String> targets, List<String> nerves,
		List<String> regions, Dose dose, Map<PainPattern, Suitability> patterns, String startPosition,
		List<String> steps, List<String> precautions, List<String> sources, Pose pose, boolean clinicOwn) {

	public Exercise {
		targets = List.copyOf(targets);
		nerves = List.copyOf(nerves);
		regions = List.copyOf(regions);
		patterns = Map.copyOf(patterns);
		steps = List.copyOf(steps);
		precautions = List.copyOf(precautions);
		sources = List.copyOf(sources);
	}

	/** How it fits the pattern; patterns outside the library's five (referrals) have no flag. */
	public Suitability suitabilityFor(PainPattern pattern) {
		return pattern == null ? null : patterns.get(pattern);
	}

	public boolean avoidFor(PainPattern pattern) {
		return suitabilityFor(pattern) == Suitability.AVOID;
	}
}
