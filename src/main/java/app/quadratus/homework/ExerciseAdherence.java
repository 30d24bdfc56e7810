package app.quadratus.homework;

/** One exercise's doses planned and done in a period, and their rate (null when nothing was planned). */
public record ExerciseAdherence(String exerciseId, long planned, long done, Double rate) {

	public static ExerciseAdherence of(String exerciseId, long planned, long done) {
		return new ExerciseAdherence(exerciseId, planned, done, AdherenceArithmetic.rate(done, planned));
	}
}
