package app.quadratus.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's home programme: exercises with their doses from {@code startsOn} to {@code endsOn}
 * (null: open-ended). {@code planId} is the treatment plan it belongs to, an opaque id (may be null).
 */
public record HomeProgramme(UUID id, UUID clientId, UUID planId, LocalDate startsOn, LocalDate endsOn,
		UUID createdBy, Instant createdAt, List<ProgrammeExercise> exercises) {

	public HomeProgramme {
		exercises = List.copyOf(exercises);
	}

	public boolean runsOn(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	public Optional<ProgrammeExercise> exercise(String exerciseId) {
		return exercises.stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
	}
}
