package app.quadratus.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme's adherence for the chart: per exercise the last two weeks ({@code from}–{@code to}) and
 * the two weeks before them, so the trend shows whether the client is doing more or less.
 */
public record ProgrammeAdherence(HomeProgramme programme, LocalDate from, LocalDate to, List<Row> rows) {

	public ProgrammeAdherence {
		rows = List.copyOf(rows);
	}

	public record Row(ProgrammeExercise exercise, ExerciseAdherence lastTwoWeeks, ExerciseAdherence twoWeeksBefore) {

		/** "up", "down" or "steady" (within 10 points), or null when either period had nothing planned. */
		public String trend() {
			if (lastTwoWeeks.rate() == null || twoWeeksBefore.rate() == null) {
				return null;
			}
			double change = lastTwoWeeks.rate() - twoWeeksBefore.rate();
			return change > 0.1 ? "up" : change < -0.1 ? "down" : "steady";
		}
	}

	/** The programme's overall rate over the last two weeks; null when nothing was planned in them. */
	public Double overall() {
		return AdherenceArithmetic.overall(rows.stream().map(Row::lastTwoWeeks).toList());
	}

	/** Under 50% over the last two weeks. */
	public boolean flagged() {
		Double overall = overall();
		return overall != null && overall < Adherence.FLAG_BELOW;
	}
}
