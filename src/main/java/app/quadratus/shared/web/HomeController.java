package app.quadratus.shared.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The start pages: staff's "today" and the client's portal home (the portal module grows it). */
@Controller
class HomeController {

	@GetMapping("/today")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST','RECEPTION')")
	String today(@ModelAttribute("clinicZone") ZoneId clinicZone, Model model) {
		model.addAttribute("today", LocalDate.now(clinicZone));
		return "home/today";
	}

	@GetMapping("/portal")
	@PreAuthorize("hasRole('CLIENT')")
	String portal() {
		return "home/portal";
	}
}
