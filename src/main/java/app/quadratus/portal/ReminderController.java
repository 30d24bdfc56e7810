package app.quadratus.portal;

import java.time.LocalTime;

import app.quadratus.shared.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Turning the daily homework reminder on and off in the portal, and the email's unsubscribe link. */
@Controller
class ReminderController {

	private final HomeworkReminders reminders;

	ReminderController(HomeworkReminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/portal/reminder")
	String optIn(@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime sendAt,
			@RequestParam(required = false) String zone, RedirectAttributes redirect) {
		try {
			reminders.optIn(sendAt, zone);
			redirect.addFlashAttribute("flash", "portal.reminder.saved");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/portal/details#reminder";
	}

	@PostMapping("/portal/reminder/off")
	String optOut(RedirectAttributes redirect) {
		reminders.optOut();
		redirect.addFlashAttribute("flash", "portal.reminder.stopped");
		return "redirect:/portal/details#reminder";
	}

	/** From the email, without signing in: opening the link only asks; the button (POST) stops the reminders. */
	@GetMapping("/reminders/unsubscribe/{token}")
	String confirmUnsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean known = reminders.isUnsubscribeLink(token);
		if (!known) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("known", known);
		model.addAttribute("token", token);
		return "portal/unsubscribe";
	}

	/** The secret is the only key: it works without signing in and does nothing but stop the reminders. */
	@PostMapping("/reminders/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean done = reminders.unsubscribe(token);
		if (!done) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("done", done);
		return "portal/unsubscribed";
	}
}
