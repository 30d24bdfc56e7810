package app.quadratus.shared.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's portal home (the portal module grows it); staff's "today" belongs to scheduling. */
@Controller
class HomeController {

	@GetMapping("/portal")
	@PreAuthorize("hasRole('CLIENT')")
	String portal() {
		return "home/portal";
	}
}
