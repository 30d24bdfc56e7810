package app.quadratus.homework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The contract's adherence arithmetic, exactly: planned = timesPerDay × daysPerWeek × d ÷ 7 rounded
 * half up to a whole number (d = days of the period inside the programme's dates); rate = done ÷
 * planned, at most 1, null when nothing was planned; overall = Σ min(done, planned) ÷ Σ planned.
 */
public final class AdherenceArithmetic {

	private AdherenceArithmetic() {
	}

	/** Days of [from, to] that fall inside [startsOn, endsOn]; endsOn null is open-ended. */
	public static long daysInside(LocalDate from, LocalDate to, LocalDate startsOn, LocalDate endsOn) {
		LocalDate first = from.isAfter(startsOn) ? from : startsOn;
		LocalDate last = endsOn == null || to.isBefore(endsOn) ? to : endsOn;
		return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
	}

	/** timesPerDay × daysPerWeek × d ÷ 7, rounded half up, in whole numbers (no floating point). */
	public static long planned(int timesPerDay, int daysPerWeek, long days) {
		long sevenths = (long) timesPerDay * daysPerWeek * days;
		return (2 * sevenths + 7) / 14;
	}

	/** done ÷ planned capped at 1; null when nothing was planned. */
	public static Double rate(long done, long planned) {
		return planned == 0 ? null : (double) Math.min(done, planned) / planned;
	}

	/** Σ min(done, planned) ÷ Σ planned over the rows; null when nothing was planned at all. */
	public static Double overall(List<ExerciseAdherence> rows) {
		long planned = rows.stream().mapToLong(ExerciseAdherence::planned).sum();
		long done = rows.stream().mapToLong(r -> Math.min(r.done(), r.planned())).sum();
		return planned == 0 ? null : (double) done / planned;
	}
}
