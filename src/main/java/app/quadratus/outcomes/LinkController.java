package app.quadratus.outcomes;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A questionnaire opened from an emailed one-time link, with no account and nobody signed in: the
 * link's secret is the only key, and it opens this one questionnaire and nothing else.
 */
@Controller
class LinkController {

	static final String FINISHED = "/outcomes/q/finished";

	private final QuestionnaireLinks links;

	LinkController(QuestionnaireLinks links) {
		this.links = links;
	}

	@GetMapping(FINISHED)
	String finished(Model model, org.springframework.security.core.Authentication signedIn) {
		model.addAttribute("handBack", false);
		// A client answering in their portal goes back to it (their intake carries on from there).
		model.addAttribute("portal", signedIn != null && signedIn.getAuthorities().stream()
			.anyMatch(a -> "ROLE_CLIENT".equals(a.getAuthority())));
		return "outcomes/done";
	}

	@GetMapping("/outcomes/q/{token}")
	String question(@PathVariable String token, @RequestParam(required = false) String q, Model model) {
		return page(token, links.show(token, q), null, model);
	}

	@PostMapping("/outcomes/q/{token}/answers")
	String answer(@PathVariable String token, @RequestParam String question, @RequestParam(required = false) String answer,
			@RequestParam(defaultValue = "false") boolean skip, Model model) {
		try {
			links.answer(token, question, skip ? null : answer);
			return "redirect:/outcomes/q/" + token;
		}
		catch (InvalidFieldException e) {
			return page(token, links.show(token, question), e.problems().get(0).message(), model);
		}
	}

	@PostMapping("/outcomes/q/{token}/finish")
	String finish(@PathVariable String token, Model model) {
		try {
			links.finish(token);
		}
		catch (InvalidFieldException e) {
			return page(token, links.show(token, null), "outcomes.finish.cannotScore", model);
		}
		return "redirect:" + FINISHED;
	}

	/** An unknown, expired or used-up link, or a questionnaire finished meanwhile: one plain page. */
	@ExceptionHandler({ NotFoundException.class, ConflictException.class })
	String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "outcomes/link-invalid";
	}

	private String page(String token, QuestionnaireState state, String error, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("base", "/outcomes/q/" + token);
		model.addAttribute("error", error);
		return "outcomes/questionnaire";
	}
}
