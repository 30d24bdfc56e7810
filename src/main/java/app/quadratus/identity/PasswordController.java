package app.quadratus.identity;

import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing a password from an emailed link: an invitation or a reset. */
@Controller
class PasswordController {

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "identity/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		if (!email.isBlank()) {
			accounts.requestPasswordReset(email);
		}
		redirect.addFlashAttribute("flash", "password.resetSent");
		return "redirect:/login";
	}

	@GetMapping("/password/reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		return showForm(accounts.resetIsValid(token), token, "reset", model);
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(token, "reset", form, result, model, redirect);
	}

	@GetMapping("/invitation/{token}")
	String invitationForm(@PathVariable String token, Model model) {
		return showForm(accounts.invitationIsValid(token), token, "invitation", model);
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(token, "invitation", form, result, model, redirect);
	}

	private String showForm(boolean valid, String token, String kind, Model model) {
		if (!valid) {
			throw new NotFoundException("link");
		}
		model.addAttribute("passwordForm", new NewPasswordForm());
		model.addAttribute("kind", kind);
		model.addAttribute("token", token);
		return "identity/choose-password";
	}

	private String save(String token, String kind, NewPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("kind", kind);
		model.addAttribute("token", token);
		if (result.hasErrors()) {
			return "identity/choose-password";
		}
		try {
			if (kind.equals("invitation")) {
				accounts.acceptInvitation(token, form);
			}
			else {
				accounts.resetPassword(token, form);
			}
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			return "identity/choose-password";
		}
		redirect.addFlashAttribute("flash", "password.saved");
		return "redirect:/login";
	}
}
