package app.quadratus.treatment.web;

import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.treatment.SharedSummaries;
import app.quadratus.treatment.internal.TreatmentSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sharing a plain-language summary of a signed session with the client (shown in their portal). */
@Controller
class SharedSummaryController {

	private final SharedSummaries shared;

	SharedSummaryController(SharedSummaries shared) {
		this.shared = shared;
	}

	@PostMapping("/clients/{id}/sessions/{sessionId}/shared-summary")
	String share(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		try {
			shared.share(id, sessionId, summary);
			redirect.addFlashAttribute("flash", "summary.sharedNow");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
			redirect.addFlashAttribute("summaryDraft", summary);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", "summary.conflict");
		}
		return "redirect:/clients/" + id + "/sessions/" + sessionId + "#share";
	}

	/** The signed page's share box: what is shared, or a first draft in plain words to edit. */
	static void addTo(Model model, SharedSummaries shared, TreatmentSession session) {
		model.addAttribute("sharedSummary", shared.ofSession(session.id()).orElse(null));
		if (!model.containsAttribute("summaryDraft")) {
			model.addAttribute("summaryDraft", suggestion(session));
		}
	}

	/** Facts the client saw anyway, in their words; the therapist edits before sharing. Never the SOAP note. */
	static String suggestion(TreatmentSession s) {
		StringBuilder text = new StringBuilder();
		if (!s.techniques().isEmpty()) {
			text.append("Today we worked with ")
				.append(s.techniques().stream().map(t -> t.label().toLowerCase()).collect(Collectors.joining(", ")))
				.append(". ");
		}
		if (s.painBefore() != null && s.painAfter() != null) {
			text.append("Your pain was ").append(s.painBefore()).append(" out of 10 when you arrived and ")
				.append(s.painAfter()).append(" when you left. ");
		}
		text.append("Keep going with your home exercises until next time.");
		return text.toString();
	}
}
