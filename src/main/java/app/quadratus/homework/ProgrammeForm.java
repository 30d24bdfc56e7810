package app.quadratus.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The programme page's form: one row per exercise of the library (suggested ones first), each with a
 * "give" box, its dose (prefilled with the default) and, for exercises to avoid, an override reason.
 */
public class ProgrammeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@Pattern(regexp = "|[0-9a-fA-F-]{36}", message = "{homework.new.planId.invalid}")
	private String planId;

	@Valid
	private List<Row> rows = new ArrayList<>();

	static ProgrammeForm of(LocalDate startsOn, List<Exercise> exercises) {
		ProgrammeForm form = new ProgrammeForm();
		form.startsOn = startsOn;
		exercises.forEach(e -> form.rows.add(Row.of(e)));
		return form;
	}

	/** The chosen rows, in page order. */
	List<Row> chosen() {
		return rows.stream().filter(Row::isGive).toList();
	}

	ProgrammeRequest toRequest() {
		return new ProgrammeRequest(planId == null || planId.isBlank() ? null : UUID.fromString(planId.strip()), startsOn,
				endsOn, chosen().stream().map(r -> new ProgrammeRequest.Item(r.exerciseId, r.sets, r.reps, r.holdSeconds,
						r.timesPerDay, r.daysPerWeek, r.overrideReason == null || r.overrideReason.isBlank() ? null
								: new ProgrammeRequest.Override(r.overrideReason)))
					.toList());
	}

	public static class Row {

		private String exerciseId;

		private boolean give;

		@Min(1) @Max(20)
		private Integer sets;

		@Min(1) @Max(100)
		private Integer reps;

		@Min(1) @Max(600)
		private Integer holdSeconds;

		@Min(1) @Max(12)
		private Integer timesPerDay;

		@Min(1) @Max(7)
		private Integer daysPerWeek;

		@Size(max = 500)
		private String overrideReason;

		static Row of(Exercise e) {
			Row row = new Row();
			row.exerciseId = e.id();
			row.sets = e.dose().sets();
			row.reps = e.dose().reps();
			row.holdSeconds = e.dose().holdSeconds();
			row.timesPerDay = e.dose().timesPerDay();
			row.daysPerWeek = e.dose().daysPerWeek();
			return row;
		}

		public String getExerciseId() { return exerciseId; }
		public void setExerciseId(String exerciseId) { this.exerciseId = exerciseId; }
		public boolean isGive() { return give; }
		public void setGive(boolean give) { this.give = give; }
		public Integer getSets() { return sets; }
		public void setSets(Integer sets) { this.sets = sets; }
		public Integer getReps() { return reps; }
		public void setReps(Integer reps) { this.reps = reps; }
		public Integer getHoldSeconds() { return holdSeconds; }
		public void setHoldSeconds(Integer holdSeconds) { this.holdSeconds = holdSeconds; }
		public Integer getTimesPerDay() { return timesPerDay; }
		public void setTimesPerDay(Integer timesPerDay) { this.timesPerDay = timesPerDay; }
		public Integer getDaysPerWeek() { return daysPerWeek; }
		public void setDaysPerWeek(Integer daysPerWeek) { this.daysPerWeek = daysPerWeek; }
		public String getOverrideReason() { return overrideReason; }
		public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
	}

	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
	public String getPlanId() { return planId; }
	public void setPlanId(String planId) { this.planId = planId; }
	public List<Row> getRows() { return rows; }
	public void setRows(List<Row> rows) { this.rows = rows; }
}
