package app.quadratus.scheduling.online;

import app.quadratus.scheduling.BookingPolicy;
import app.quadratus.scheduling.OnlineBookings;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's page for the clinic's online booking rules, with the public page's address to share. */
@Controller
@PreAuthorize("hasRole('OWNER')")
class BookingRulesController {

	private final OnlineBookings online;

	BookingRulesController(OnlineBookings online) {
		this.online = online;
	}

	@GetMapping("/settings/booking")
	String show(Model model) {
		BookingPolicy policy = online.policy(CurrentUser.clinicId());
		model.addAttribute("policy", policy);
		model.addAttribute("noticeHours", policy.minimumNoticeMinutes() / 60);
		model.addAttribute("clinicId", CurrentUser.clinicId());
		return "scheduling/online/rules";
	}

	@PostMapping("/settings/booking")
	String save(@RequestParam(defaultValue = "-1") int minimumNoticeHours, @RequestParam(defaultValue = "-1") int horizonDays,
			@RequestParam(defaultValue = "-1") int cancellationCutoffHours,
			@RequestParam(defaultValue = "false") boolean newClientsInitialOnly, Model model, RedirectAttributes redirect) {
		try {
			online.setRules(minimumNoticeHours, horizonDays, cancellationCutoffHours, newClientsInitialOnly);
			redirect.addFlashAttribute("flash", "booking.rules.saved");
			return "redirect:/settings/booking";
		}
		catch (InvalidFieldException e) {
			model.addAttribute("problems", e.problems().stream()
				.collect(java.util.stream.Collectors.toMap(p -> p.field(), p -> p.message(), (a, b) -> a)));
			model.addAttribute("policy", new BookingPolicy(minimumNoticeHours * 60, horizonDays, cancellationCutoffHours, 0,
					newClientsInitialOnly));
			model.addAttribute("noticeHours", minimumNoticeHours);
			model.addAttribute("clinicId", CurrentUser.clinicId());
			return "scheduling/online/rules";
		}
	}
}
