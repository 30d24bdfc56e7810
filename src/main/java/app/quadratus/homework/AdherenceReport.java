package app.quadratus.homework;

import java.time.LocalDate;
import java.util.List;

/** Adherence over a period, as the contract's response: overall (null when nothing was planned) and per exercise. */
public record AdherenceReport(LocalDate from, LocalDate to, Double overall, List<ExerciseAdherence> exercises) {

	public AdherenceReport {
		exercises = List.copyOf(exercises);
	}

	public static AdherenceReport of(LocalDate from, LocalDate to, List<ExerciseAdherence> exercises) {
		return new AdherenceReport(from, to, AdherenceArithmetic.overall(exercises), exercises);
	}
}
