package app.quadratus.identity;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final Accounts accounts;

	SignInController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return accounts.anyExists() ? "identity/login" : "redirect:/setup";
	}

	/** Where each role starts its day. */
	@GetMapping("/")
	String home() {
		Role role = CurrentUser.get().role();
		return switch (role) {
			case CLIENT -> "redirect:/portal";
			case HIRER -> "redirect:/hire";
			case PARTNER -> "redirect:/partner";
			default -> "redirect:/today";
		};
	}
}
