package app.quadratus.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quadratus.clients.ClientConsents;
import app.quadratus.clients.ConsentKind;
import app.quadratus.intake.ClientIntake;
import app.quadratus.intake.ClientIntakes;
import app.quadratus.intake.IntakeAnswers;
import app.quadratus.intake.IntakeStep;
import app.quadratus.intake.IntakeVocabulary;
import app.quadratus.intake.RedFlagQuestions.Advice;
import app.quadratus.outcomes.IntakeQuestionnaires;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's intake before the first visit, one step a screen on a phone. Each step is saved when the
 * client moves on (or back), so a phone that dies loses at most the screen in hand, and the intake opens
 * again at the step saved last. No id in any address: the intake is always the signed-in client's own.
 */
@Controller
@RequestMapping("/portal/intake")
@PreAuthorize("hasRole('CLIENT')")
class IntakeController {

	/** The fields each step may change; anything else posted to it is ignored. */
	private static final Map<IntakeStep, Set<String>> FIELDS = Map.of(
			IntakeStep.CONTACT, Set.of("phone", "emergencyName", "emergencyPhone", "treatmentConsent", "privacyNoticeRead"),
			IntakeStep.HISTORY, Set.of("onset", "durationWeeks", "earlierEpisodes", "otherConditions", "seenDoctor"),
			IntakeStep.MEDICATION, Set.of("medication"),
			IntakeStep.WORK, Set.of("occupation", "sittingHours", "loads", "loadsNote"),
			IntakeStep.RED_FLAGS, Set.of("redFlags*"),
			IntakeStep.PAIN, Set.of("pain*"),
			IntakeStep.WORSE_BETTER, Set.of("worseWith", "worse", "better"),
			IntakeStep.GOALS, Set.of("goals"));

	private final ClientIntakes intakes;

	private final IntakeVocabulary vocabulary;

	private final IntakeQuestionnaires questionnaires;

	private final ClientConsents consents;

	IntakeController(ClientIntakes intakes, IntakeVocabulary vocabulary, IntakeQuestionnaires questionnaires,
			ClientConsents consents) {
		this.consents = consents;
		this.intakes = intakes;
		this.vocabulary = vocabulary;
		this.questionnaires = questionnaires;
	}

	/** The saved intake, read once per request; the form starts from its answers, the post binds on top. */
	@ModelAttribute
	void load(Model model) {
		ClientIntake intake = intakes.mine().orElse(null);
		model.addAttribute("intake", intake);
		model.addAttribute("form", intake == null ? new IntakeAnswers() : intake.answers());
	}

	@InitBinder("form")
	void onlyThisStep(WebDataBinder binder, HttpServletRequest request) {
		String[] path = request.getRequestURI().split("/");
		IntakeStep step = IntakeStep.fromId(path[path.length - 1]).orElse(null);
		Set<String> fields = step == null ? Set.of() : FIELDS.getOrDefault(step, Set.of());
		binder.setAllowedFields(fields.isEmpty() ? new String[] { "-none-" } : fields.toArray(String[]::new));
	}

	@GetMapping
	String resume(Model model) {
		ClientIntake intake = saved(model);
		if (intake != null && intake.submitted()) {
			return "redirect:/portal/intake/done";
		}
		return "redirect:/portal/intake/" + (intake == null ? IntakeStep.CONTACT : intake.step()).id();
	}

	@GetMapping("/{stepId}")
	String step(@PathVariable String stepId, @ModelAttribute("form") IntakeAnswers form, Model model) {
		ClientIntake intake = saved(model);
		if (intake != null && intake.submitted()) {
			return "redirect:/portal/intake/done";
		}
		return page(step(stepId), form, model);
	}

	@PostMapping("/{stepId}")
	String save(@PathVariable String stepId, @RequestParam(defaultValue = "next") String go,
			@Valid @ModelAttribute("form") IntakeAnswers form, BindingResult errors, Model model) {
		IntakeStep step = step(stepId);
		if (errors.hasErrors()) {
			return page(step, form, model);
		}
		IntakeStep to = "back".equals(go) ? step.previous().orElse(step) : step.next();
		try {
			intakes.save(step, form, "back".equals(go) ? step : to);
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> errors.rejectValue(p.field(), p.message(), p.message()));
			return page(step, form, model);
		}
		catch (ConflictException e) {
			return "redirect:/portal/intake/done";
		}
		if (step == IntakeStep.RED_FLAGS && !"back".equals(go) && intakes.adviceForMe(form) != Advice.NONE) {
			return "redirect:/portal/intake/advice";
		}
		return "redirect:/portal/intake/" + to.id();
	}

	/** What a "yes" to a red flag means for the client, calmly, before they carry on. */
	@GetMapping("/advice")
	String advice(@ModelAttribute("form") IntakeAnswers form, Model model) {
		model.addAttribute("advice", intakes.adviceForMe(form));
		return "portal/intake/advice";
	}

	@PostMapping("/questionnaires/{measure}")
	String questionnaire(@PathVariable String measure) {
		return "redirect:" + questionnaires.openForSelf(measure);
	}

	@PostMapping("/submit")
	String submit(@ModelAttribute("form") IntakeAnswers form, Model model, RedirectAttributes redirect) {
		try {
			intakes.submit();
			// The tick on the first step is the client's own consent to treatment, recorded as such.
			consents.grantMine(ConsentKind.TREATMENT, "Assessment and treatment, given in the intake before the first visit");
		}
		catch (InvalidFieldException e) {
			model.addAttribute("incomplete", e.problems().stream().map(InvalidFieldException.FieldProblem::field).toList());
			return page(IntakeStep.REVIEW, form, model);
		}
		catch (ConflictException e) {
			return "redirect:/portal/intake/done";
		}
		redirect.addFlashAttribute("flash", "intake.submitted");
		return "redirect:/portal/intake/done";
	}

	@GetMapping("/done")
	String done(@ModelAttribute("form") IntakeAnswers form, Model model) {
		ClientIntake intake = saved(model);
		if (intake == null || !intake.submitted()) {
			return "redirect:/portal/intake";
		}
		model.addAttribute("advice", intakes.adviceForMe(form));
		return "portal/intake/done";
	}

	private static ClientIntake saved(Model model) {
		return (ClientIntake) model.getAttribute("intake");
	}

	private String page(IntakeStep step, IntakeAnswers form, Model model) {
		model.addAllAttributes(vocabulary.forPage(form));
		model.addAttribute("step", step);
		model.addAttribute("steps", IntakeStep.count());
		model.addAttribute("reviewSteps", java.util.Arrays.stream(IntakeStep.values())
			.filter(s -> s.ordinal() < IntakeStep.QUESTIONNAIRES.ordinal()).map(IntakeStep::id).toList());
		if (step == IntakeStep.QUESTIONNAIRES || step == IntakeStep.REVIEW) {
			model.addAttribute("questionnaires", questionnaires.mine());
		}
		if (step == IntakeStep.REVIEW && !model.containsAttribute("incomplete")) {
			model.addAttribute("incomplete", List.of());
		}
		return "portal/intake/step";
	}

	private static IntakeStep step(String id) {
		return IntakeStep.fromId(id).orElseThrow(() -> new NotFoundException("intake step"));
	}
}
