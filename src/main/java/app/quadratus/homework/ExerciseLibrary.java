package app.quadratus.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.quadratus.atlas.Atlas;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises shipped with Quadratus ({@code exercises/*.json}, from exercises.md §1), read and
 * validated once at start-up; a clinic's own exercises are in {@link Exercises}. Ordered by category
 * and then by name.
 */
public final class ExerciseLibrary {

	static final String LOCATION = "classpath*:exercises/*.json";

	private final Map<String, Exercise> exercises;

	private ExerciseLibrary(Map<String, Exercise> exercises) {
		this.exercises = exercises;
	}

	/** Reads every shipped file; throws, naming the file and field, on anything the atlas does not know. */
	public static ExerciseLibrary load(Atlas atlas) {
		ExerciseReader reader = new ExerciseReader(atlas);
		JsonMapper mapper = JsonMapper.builder().build();
		Map<String, Exercise> byId = new LinkedHashMap<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					Exercise exercise = reader.read(file.getFilename(), mapper.readTree(in), false);
					if (!(exercise.id() + ".json").equals(file.getFilename())) {
						throw new IllegalStateException("Exercise " + file.getFilename() + " holds id " + exercise.id());
					}
					byId.put(exercise.id(), exercise);
				}
				catch (JacksonException e) {
					throw new IllegalStateException("Exercise " + file.getFilename() + " is not valid JSON", e);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the exercise library", e);
		}
		if (byId.isEmpty()) {
			throw new IllegalStateException("No exercise files found at " + LOCATION);
		}
		Map<String, Exercise> sorted = new LinkedHashMap<>();
		byId.values().stream()
			.sorted(Comparator.comparing(Exercise::category).thenComparing(Exercise::name))
			.forEach(e -> sorted.put(e.id(), e));
		return new ExerciseLibrary(sorted);
	}

	public List<Exercise> all() {
		return List.copyOf(exercises.values());
	}

	public Optional<Exercise> find(String id) {
		return Optional.ofNullable(exercises.get(id));
	}

	public int size() {
		return exercises.size();
	}
}
