package app.quadratus.scheduling.reminders;

import app.quadratus.shared.InvalidFieldException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner chooses how long before an appointment its reminder goes out. */
@Controller
class ReminderSettingsController {

	private final AppointmentReminders reminders;

	ReminderSettingsController(AppointmentReminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/reminders")
	@PreAuthorize("hasRole('OWNER')")
	String settings(Model model) {
		model.addAttribute("hoursBefore", reminders.hoursBefore());
		return "scheduling/reminders/settings";
	}

	@PostMapping("/reminders")
	@PreAuthorize("hasRole('OWNER')")
	String save(@RequestParam(required = false) String hoursBefore, Model model, RedirectAttributes redirect) {
		try {
			reminders.setHoursBefore(hoursBefore == null || !hoursBefore.matches("\\d{1,3}") ? null : Integer.valueOf(hoursBefore));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("hoursBefore", hoursBefore);
			model.addAttribute("hoursError", "reminders.hours.range");
			return "scheduling/reminders/settings";
		}
		redirect.addFlashAttribute("flash", "reminders.saved");
		return "redirect:/reminders";
	}
}
