package app.quadratus.identity;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On an empty database (no demo), whoever has the setup code from the server's log creates the clinic
 * and its owner.
 */
@Controller
class SetupController {

	private final Accounts accounts;

	private final FirstRunSetup firstRun;

	private final SetupCode setupCode;

	SetupController(Accounts accounts, FirstRunSetup firstRun, SetupCode setupCode) {
		this.accounts = accounts;
		this.firstRun = firstRun;
		this.setupCode = setupCode;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (accounts.anyExists()) {
			return "redirect:/login";
		}
		model.addAttribute("setup", new SetupForm());
		return "identity/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute("setup") SetupForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (accounts.anyExists()) {
			return "redirect:/login";
		}
		if (!setupCode.accepts(form.getSetupCode())) {
			result.rejectValue("setupCode", "setup.code.wrong");
		}
		accounts.passwordProblem(form.getPassword()).ifPresent(problem -> result.rejectValue("password", problem));
		if (form.getPassword() != null && !form.getPassword().equals(form.getRepeat())) {
			result.rejectValue("repeat", "password.repeat.mismatch");
		}
		if (result.hasErrors()) {
			return "identity/setup";
		}
		try {
			firstRun.setUp(form);
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> result.rejectValue(p.field().equals("email") ? "ownerEmail" : p.field(), p.message()));
			return "identity/setup";
		}
		catch (ConflictException setUpMeanwhile) {
			// Another request (maybe on another instance) created the clinic first: as if it had been done before.
			return "redirect:/login";
		}
		redirect.addFlashAttribute("flash", "setup.done");
		return "redirect:/login";
	}
}
