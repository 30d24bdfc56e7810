package app.quadratus.homework;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of exercise in the library (exercises.md §0.1), in the order the library lists them. */
public enum ExerciseCategory {
	STRETCH("stretch"), SELF_RELEASE("self-release"), NERVE_GLIDE("nerve-glide"),
	STABILISATION_STRENGTH("stabilisation-strength"), MOBILITY("mobility"), DAILY_HABIT("daily-habit");

	private final String id;

	ExerciseCategory(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<ExerciseCategory> of(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}
}
