package app.quadratus.scheduling.online;

import app.quadratus.scheduling.AppointmentEmails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's page in the portal to refuse appointment emails, or take them again. */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class AppointmentEmailsController {

	private final AppointmentEmails emails;

	AppointmentEmailsController(AppointmentEmails emails) {
		this.emails = emails;
	}

	@GetMapping("/portal/appointment-emails")
	String show(Model model) {
		model.addAttribute("refused", emails.refused());
		return "scheduling/online/appointment-emails";
	}

	@PostMapping("/portal/appointment-emails")
	String save(@RequestParam(defaultValue = "false") boolean refuse, RedirectAttributes redirect) {
		emails.refuse(refuse);
		redirect.addFlashAttribute("flash", refuse ? "booking.emails.refused" : "booking.emails.accepted");
		return "redirect:/portal/appointment-emails";
	}
}
