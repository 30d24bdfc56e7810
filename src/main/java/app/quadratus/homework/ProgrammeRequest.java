package app.quadratus.homework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new home programme, as the contract's POST body: the plan it belongs to (optional, an opaque id),
 * its dates and its exercises. A dose field left out takes the exercise's default.
 */
public record ProgrammeRequest(UUID planId, @NotNull LocalDate startsOn, LocalDate endsOn,
		@NotEmpty @Size(max = 20) List<@Valid @NotNull Item> exercises) {

	public record Item(@NotBlank @Size(max = 80) String exerciseId, @Min(1) @Max(20) Integer sets,
			@Min(1) @Max(100) Integer reps, @Min(1) @Max(600) Integer holdSeconds,
			@Min(1) @Max(12) Integer timesPerDay, @Min(1) @Max(7) Integer daysPerWeek, @Valid Override override) {
	}

	/** Giving an exercise marked "avoid" for the client's pattern anyway, and why. */
	public record Override(@NotBlank @Size(max = 500) String reason) {
	}
}
