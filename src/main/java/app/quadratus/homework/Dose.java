package app.quadratus.homework;

/**
 * How much of an exercise: sets, repetitions and hold (each null when it does not apply, e.g. a daily
 * habit), how many times a day and on how many days a week (always set: adherence is counted from them).
 */
public record Dose(Integer sets, Integer reps, Integer holdSeconds, int timesPerDay, int daysPerWeek) {

	public Dose {
		if (timesPerDay < 1 || daysPerWeek < 1 || daysPerWeek > 7) {
			throw new IllegalArgumentException("times a day at least 1, days a week 1 to 7");
		}
	}

	/** This dose with each given value in place of the default; null keeps the default. */
	public Dose with(Integer sets, Integer reps, Integer holdSeconds, Integer timesPerDay, Integer daysPerWeek) {
		return new Dose(sets != null ? sets : this.sets, reps != null ? reps : this.reps,
				holdSeconds != null ? holdSeconds : this.holdSeconds,
				timesPerDay != null ? timesPerDay : this.timesPerDay, daysPerWeek != null ? daysPerWeek : this.daysPerWeek);
	}
}
