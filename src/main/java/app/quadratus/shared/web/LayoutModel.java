package app.quadratus.shared.web;

import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: where we are (for the navigation), who is signed in and
 * which links they reach.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("me")
	ClinicPrincipal me() {
		return CurrentUser.find().orElse(null);
	}

	@ModelAttribute("nav")
	Navigation nav() {
		return Navigation.of(SecurityContextHolder.getContext().getAuthentication());
	}
}
