package app.quadratus.shared.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Staff's start page, "today" (the client's start page is the portal module's {@code /portal}). */
@Controller
class HomeController {

	@GetMapping("/today")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST','RECEPTION')")
	String today(@ModelAttribute("clinicZone") ZoneId clinicZone, Model model) {
		model.addAttribute("today", LocalDate.now(clinicZone));
		return "home/today";
	}
}
