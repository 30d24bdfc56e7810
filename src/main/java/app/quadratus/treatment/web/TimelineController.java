package app.quadratus.treatment.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The next page of the client's timeline ("Older"), as a fragment htmx appends in place. */
@Controller
class TimelineController {

	private final ClientTimeline timeline;

	TimelineController(ClientTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/clients/{id}/timeline")
	String older(@PathVariable UUID id, @RequestParam(required = false) String before, Model model) {
		Instant cursor = null;
		try {
			cursor = before == null || before.isBlank() ? null : Instant.parse(before);
		}
		catch (DateTimeParseException e) {
			// an unreadable cursor starts from the newest entry again
		}
		model.addAttribute("clientId", id);
		model.addAttribute("page", timeline.page(id, cursor));
		return "treatment/timeline :: entries";
	}
}
