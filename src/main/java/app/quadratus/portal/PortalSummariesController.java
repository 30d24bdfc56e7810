package app.quadratus.portal;

import java.util.List;

import app.quadratus.treatment.SharedSummaries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The session summaries the therapist shared with the signed-in client (never their unshared notes). */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class PortalSummariesController {

	static final int PAGE_SIZE = 10;

	private final SharedSummaries summaries;

	PortalSummariesController(SharedSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/portal/summaries")
	String summaries(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		List<SharedSummaries.Shared> rows = summaries.mine(current, PAGE_SIZE + 1);
		model.addAttribute("summaries", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasMore", rows.size() > PAGE_SIZE);
		return "portal/summaries";
	}
}
