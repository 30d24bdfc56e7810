package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The therapist's "assign a measure" form on the chart. */
public class AssignmentForm {

	@NotBlank
	private String measure;

	@NotNull
	private Schedule schedule = Schedule.ONCE;

	@Min(1)
	@Max(52)
	private Integer everySessions;

	private BigDecimal goalTarget;

	/** PSFS only: the activities the client named, one per line. */
	@Size(max = 1000)
	private String activities;

	public static AssignmentForm of(OutcomeMeasure measure, Schedule schedule) {
		AssignmentForm form = new AssignmentForm();
		form.setMeasure(measure.id());
		form.setSchedule(schedule);
		return form;
	}

	/** The non-blank lines of the activities box, trimmed. */
	public List<String> activityList() {
		if (activities == null) {
			return List.of();
		}
		return Arrays.stream(activities.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public Schedule getSchedule() {
		return schedule;
	}

	public void setSchedule(Schedule schedule) {
		this.schedule = schedule;
	}

	public Integer getEverySessions() {
		return everySessions;
	}

	public void setEverySessions(Integer everySessions) {
		this.everySessions = everySessions;
	}

	public BigDecimal getGoalTarget() {
		return goalTarget;
	}

	public void setGoalTarget(BigDecimal goalTarget) {
		this.goalTarget = goalTarget;
	}

	public String getActivities() {
		return activities;
	}

	public void setActivities(String activities) {
		this.activities = activities;
	}
}
