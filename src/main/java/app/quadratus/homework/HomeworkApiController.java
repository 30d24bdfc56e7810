package app.quadratus.homework;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The homework API (contracts/homework-api.md): the exercise library, programmes and adherence. */
@RestController
@RequestMapping("/api/v1")
class HomeworkApiController {

	private final Exercises exercises;

	private final HomeProgrammes programmes;

	private final Adherence adherence;

	private final MessageSource messages;

	HomeworkApiController(Exercises exercises, HomeProgrammes programmes, Adherence adherence, MessageSource messages) {
		this.exercises = exercises;
		this.programmes = programmes;
		this.adherence = adherence;
		this.messages = messages;
	}

	@GetMapping("/exercises")
	Map<String, Object> library() {
		return Map.of("items", exercises.all().stream().map(ExerciseJson::summary).toList());
	}

	@GetMapping("/exercises/{id}")
	Map<String, Object> exercise(@PathVariable String id) {
		return ExerciseJson.detail(exercises.find(id).orElseThrow(() -> new NotFoundException("exercise")));
	}

	@PostMapping("/clients/{clientId}/programmes")
	ResponseEntity<Map<String, Object>> create(@PathVariable UUID clientId, @Valid @RequestBody ProgrammeRequest request) {
		UUID id = programmes.create(clientId, request);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(json(programmes.open(id)));
	}

	@GetMapping("/programmes/{id}")
	Map<String, Object> programme(@PathVariable UUID id) {
		return json(programmes.open(id));
	}

	@GetMapping("/clients/{clientId}/adherence")
	Map<String, Object> adherence(@PathVariable UUID clientId, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		AdherenceReport report = adherence.between(clientId, from, to);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("from", report.from());
		json.put("to", report.to());
		json.put("overall", report.overall());
		json.put("exercises", report.exercises().stream().map(e -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("exerciseId", e.exerciseId());
			row.put("planned", e.planned());
			row.put("done", e.done());
			row.put("rate", e.rate());
			return row;
		}).toList());
		return json;
	}

	private Map<String, Object> json(HomeProgramme programme) {
		Map<String, String> names = new LinkedHashMap<>();
		programme.exercises().forEach(e -> names.put(e.exerciseId(),
				exercises.find(e.exerciseId()).map(Exercise::name).orElse(e.exerciseId())));
		return ExerciseJson.programme(programme, names, messages.getMessage("homework.safetyNet", null, Locale.UK));
	}
}
