package app.quadratus.homework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's homework pages: a programme from the chart, its handout, the clearance, the library. */
@Controller
class HomeworkController {

	private final HomeProgrammes programmes;

	private final MedicalClearances clearances;

	private final Exercises exercises;

	private final ClientRecords clients;

	private final HandoutPdf handout;

	private final Atlas atlas;

	HomeworkController(HomeProgrammes programmes, MedicalClearances clearances, Exercises exercises,
			ClientRecords clients, HandoutPdf handout, Atlas atlas) {
		this.programmes = programmes;
		this.clearances = clearances;
		this.exercises = exercises;
		this.clients = clients;
		this.handout = handout;
		this.atlas = atlas;
	}

	@InitBinder({ "form", "exercise" })
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clientId", "clinicId");
	}

	@GetMapping("/clients/{id}/homework/new")
	String newProgramme(@PathVariable UUID id, @ModelAttribute("clinicZone") ZoneId zone, Model model) {
		return programmeForm(id, null, LocalDate.now(zone), model);
	}

	@PostMapping("/clients/{id}/homework")
	String create(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		List<String> problems = new ArrayList<>();
		if (!result.hasErrors()) {
			if (form.chosen().isEmpty()) {
				result.reject("homework.new.noneChosen");
			}
			else {
				try {
					UUID programmeId = programmes.create(id, form.toRequest());
					redirect.addFlashAttribute("flash", "homework.new.created");
					return "redirect:/clients/" + id + "/homework/" + programmeId;
				}
				catch (InvalidFieldException e) {
					e.problems().forEach(p -> problems.add(p.message()));
				}
			}
		}
		model.addAttribute("problems", problems);
		return programmeForm(id, form, form.getStartsOn(), model);
	}

	@PostMapping("/clients/{id}/homework/clearance")
	String clear(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			@ModelAttribute("clinicZone") ZoneId zone, Model model, RedirectAttributes redirect) {
		try {
			clearances.record(id, note);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("clearanceError", e.problems().get(0).message());
			model.addAttribute("note", note);
			return programmeForm(id, null, LocalDate.now(zone), model);
		}
		redirect.addFlashAttribute("flash", "homework.clearance.recorded");
		return "redirect:/clients/" + id + "/homework/new";
	}

	@GetMapping("/clients/{id}/homework/{programmeId}")
	String programme(@PathVariable UUID id, @PathVariable UUID programmeId, Model model) {
		Client client = clients.chart(id);
		HomeProgramme programme = ownProgramme(id, programmeId);
		model.addAttribute("client", client);
		model.addAttribute("programme", programme);
		model.addAttribute("items", HandoutPdf.items(programme, exercises::find));
		return "homework/programme";
	}

	@GetMapping("/clients/{id}/homework/{programmeId}/handout.pdf")
	ResponseEntity<byte[]> handout(@PathVariable UUID id, @PathVariable UUID programmeId) {
		HomeProgramme programme = ownProgramme(id, programmeId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment().filename("home-exercises.pdf").build().toString())
			.header("Cache-Control", "no-store")
			.body(handout.render(clients.chart(id), programme));
	}

	@GetMapping("/homework/exercises")
	String library(Model model) {
		model.addAttribute("exercises", exercises.all());
		model.addAttribute("patterns", ExerciseReader.PATTERNS);
		return "homework/library";
	}

	@GetMapping(value = "/homework/exercises/{exerciseId}/figure.svg", produces = "image/svg+xml")
	ResponseEntity<String> figure(@PathVariable String exerciseId) {
		Exercise exercise = exercises.find(exerciseId).orElseThrow(() -> new NotFoundException("exercise"));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.header("Cache-Control", "private, max-age=3600")
			.body(ExerciseFigure.svg(exercise.pose(), exercise.name()));
	}

	@GetMapping("/homework/exercises/new")
	String newExercise(Model model) {
		return exerciseForm(new ClinicExerciseForm(), model);
	}

	@PostMapping("/homework/exercises")
	String addExercise(@Valid @ModelAttribute("exercise") ClinicExerciseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				exercises.addOwn(form);
				redirect.addFlashAttribute("flash", "homework.own.added");
				return "redirect:/homework/exercises";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message(), p.message()));
			}
		}
		return exerciseForm(form, model);
	}

	private String exerciseForm(ClinicExerciseForm form, Model model) {
		model.addAttribute("exercise", form);
		model.addAttribute("categories", Arrays.asList(ExerciseCategory.values()));
		model.addAttribute("poses", Arrays.asList(Pose.values()));
		model.addAttribute("muscles", atlas.muscles());
		model.addAttribute("regions", atlas.regions());
		model.addAttribute("patterns", ExerciseReader.PATTERNS);
		model.addAttribute("suitabilities", Arrays.asList(Suitability.values()));
		return "homework/exercise-form";
	}

	private HomeProgramme ownProgramme(UUID clientId, UUID programmeId) {
		HomeProgramme programme = programmes.open(programmeId);
		if (!programme.clientId().equals(clientId)) {
			throw new NotFoundException("programme");
		}
		return programme;
	}

	private String programmeForm(UUID clientId, ProgrammeForm form, LocalDate startsOn, Model model) {
		Client client = clients.chart(clientId);
		List<HomeProgrammes.Suggestion> suggestions = programmes.suggestions(clientId);
		List<Exercise> ordered = new ArrayList<>(suggestions.stream().map(HomeProgrammes.Suggestion::exercise).toList());
		exercises.all().stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
		model.addAttribute("client", client);
		model.addAttribute("awaiting", clearances.awaiting(clientId).orElse(null));
		model.addAttribute("latest", programmes.latestConclusion(clientId).orElse(null));
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("suggestedCount", suggestions.size());
		model.addAttribute("exercises", ordered);
		java.util.Map<String, Exercise> byId = new java.util.LinkedHashMap<>();
		ordered.forEach(e -> byId.put(e.id(), e));
		java.util.Map<String, HomeProgrammes.Suggestion> suggested = new java.util.LinkedHashMap<>();
		suggestions.forEach(s -> suggested.put(s.exercise().id(), s));
		model.addAttribute("exerciseById", byId);
		model.addAttribute("suggestionById", suggested);
		model.addAttribute("form", form != null ? form : ProgrammeForm.of(startsOn, ordered));
		return "homework/new";
	}
}
