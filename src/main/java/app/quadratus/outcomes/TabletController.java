package app.quadratus.outcomes;

import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hand-to-client mode: the client answers on the clinic's tablet, one large-button question per page,
 * with nothing of the chart on screen, then hands the tablet back. The session is a locked kiosk
 * meanwhile (OutcomesController hands it over): it reaches these pages of this one response only.
 */
@Controller
class TabletController {

	private final Questionnaires questionnaires;

	TabletController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping("/clients/{id}/outcomes/responses/{responseId}")
	String question(@PathVariable UUID id, @PathVariable UUID responseId, @RequestParam(required = false) String q,
			Model model) {
		QuestionnaireState state = questionnaires.show(id, responseId, q);
		if (state.response().isCompleted()) {
			return "redirect:" + base(id, responseId) + "/done";
		}
		return page(id, responseId, state, null, model);
	}

	@PostMapping("/clients/{id}/outcomes/responses/{responseId}/answers")
	String answer(@PathVariable UUID id, @PathVariable UUID responseId, @RequestParam String question,
			@RequestParam(required = false) String answer, @RequestParam(defaultValue = "false") boolean skip,
			Model model) {
		try {
			questionnaires.answer(id, responseId, question, skip ? null : answer);
			return "redirect:" + base(id, responseId);
		}
		catch (ConflictException e) {
			return "redirect:" + base(id, responseId) + "/done";
		}
		catch (InvalidFieldException e) {
			return page(id, responseId, questionnaires.show(id, responseId, question), e.problems().get(0).message(), model);
		}
	}

	@PostMapping("/clients/{id}/outcomes/responses/{responseId}/finish")
	String finish(@PathVariable UUID id, @PathVariable UUID responseId, Model model) {
		try {
			questionnaires.finish(id, responseId);
		}
		catch (ConflictException e) {
			// Finished already (a double tap): the thank-you page is the right place either way.
		}
		catch (InvalidFieldException e) {
			return page(id, responseId, questionnaires.show(id, responseId, null), "outcomes.finish.cannotScore", model);
		}
		return "redirect:" + base(id, responseId) + "/done";
	}

	@GetMapping("/clients/{id}/outcomes/responses/{responseId}/done")
	String done(@PathVariable UUID id, @PathVariable UUID responseId, Model model) {
		questionnaires.show(id, responseId, null);
		// Never a link to the chart: the tablet is still the client's until a therapist unlocks it.
		model.addAttribute("handBack", true);
		return "outcomes/done";
	}

	private String page(UUID id, UUID responseId, QuestionnaireState state, String error, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("base", base(id, responseId));
		model.addAttribute("error", error);
		return "outcomes/questionnaire";
	}

	private static String base(UUID id, UUID responseId) {
		return "/clients/" + id + "/outcomes/responses/" + responseId;
	}
}
