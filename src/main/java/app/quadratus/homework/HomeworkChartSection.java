package app.quadratus.homework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Component;

/** The client's home programmes on the chart, with adherence over the last two weeks, its trend and the flag. */
@Component
class HomeworkChartSection implements ChartSection {

	private final HomeProgrammes programmes;

	private final Adherence adherence;

	private final Exercises exercises;

	private final MedicalClearances clearances;

	HomeworkChartSection(HomeProgrammes programmes, Adherence adherence, Exercises exercises,
			MedicalClearances clearances) {
		this.programmes = programmes;
		this.adherence = adherence;
		this.exercises = exercises;
		this.clearances = clearances;
	}

	@Override
	public int order() {
		// After the assessment (10) and before outcomes (60): homework follows from the assessment.
		return 40;
	}

	@Override
	public String template() {
		return "homework/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		List<ProgrammeAdherence> recent = adherence.recentProgrammes(clientId, programmes.recent(clientId));
		// Only the names shown: the clinic's own exercises are not all read (and parsed) for a few rows.
		Map<String, String> names = exercises.namesOf(recent.stream()
			.flatMap(p -> p.programme().exercises().stream().map(ProgrammeExercise::exerciseId)).distinct().toList());
		Map<String, Object> data = new HashMap<>();
		data.put("clientId", clientId);
		data.put("programmes", recent);
		data.put("names", names);
		data.put("awaiting", clearances.awaiting(clientId).orElse(null));
		return data;
	}
}
