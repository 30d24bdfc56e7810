package app.quadratus.homework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A clinic's own exercise as entered on the page; steps and precautions one per line. */
public class ClinicExerciseForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	private String category = ExerciseCategory.STRETCH.id();

	private List<String> targets = new ArrayList<>();

	private List<String> regions = new ArrayList<>();

	@NotBlank
	@Size(max = 4000)
	private String steps;

	@Size(max = 4000)
	private String precautions;

	@Min(1) @Max(20)
	private Integer sets = 1;

	@Min(1) @Max(100)
	private Integer reps = 3;

	@Min(1) @Max(600)
	private Integer holdSeconds = 30;

	@NotNull @Min(1) @Max(12)
	private Integer timesPerDay = 1;

	@NotNull @Min(1) @Max(7)
	private Integer daysPerWeek = 7;

	/** Pattern id to "suits" / "caution" / "avoid". */
	private Map<String, String> patterns = new LinkedHashMap<>();

	@NotBlank
	private String pose = Pose.STANDING.id();

	public ClinicExerciseForm() {
		ExerciseReader.PATTERNS.forEach(p -> patterns.put(p.id(), Suitability.CAUTION.id()));
	}

	/** The definition in the shipped files' shape, so the same reader checks it. */
	Map<String, Object> definition(String id) {
		Map<String, Object> dose = new LinkedHashMap<>();
		dose.put("sets", sets);
		dose.put("reps", reps);
		dose.put("holdSeconds", holdSeconds);
		dose.put("timesPerDay", timesPerDay);
		dose.put("daysPerWeek", daysPerWeek);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("name", name.strip());
		d.put("category", category);
		d.put("targets", targets);
		d.put("nerves", List.of());
		d.put("regions", regions);
		d.put("dose", dose);
		d.put("patterns", patterns);
		d.put("startPosition", "");
		d.put("steps", lines(steps));
		d.put("precautions", lines(precautions));
		d.put("sources", List.of());
		d.put("illustration", Map.of("pose", pose));
		return d;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public List<String> getTargets() { return targets; }
	public void setTargets(List<String> targets) { this.targets = targets == null ? new ArrayList<>() : targets; }
	public List<String> getRegions() { return regions; }
	public void setRegions(List<String> regions) { this.regions = regions == null ? new ArrayList<>() : regions; }
	public String getSteps() { return steps; }
	public void setSteps(String steps) { this.steps = steps; }
	public String getPrecautions() { return precautions; }
	public void setPrecautions(String precautions) { this.precautions = precautions; }
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
	public Map<String, String> getPatterns() { return patterns; }
	public void setPatterns(Map<String, String> patterns) { this.patterns = patterns; }
	public String getPose() { return pose; }
	public void setPose(String pose) { this.pose = pose; }
}
