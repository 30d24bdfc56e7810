package app.quadratus.identity;

import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.Role;
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

/** The owner's staff page: who works here, in which role; invitations by email. */
@Controller
class StaffController {

	private final Accounts accounts;

	StaffController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("staffRoles")
	Role[] staffRoles() {
		return new Role[] { Role.OWNER, Role.THERAPIST, Role.RECEPTION };
	}

	@GetMapping("/staff")
	String list(Model model) {
		model.addAttribute("member", accounts.staffMember(app.quadratus.shared.security.CurrentUser.get().accountId()));
		model.addAttribute("staff", accounts.staff());
		model.addAttribute("invitation", new StaffInvitationForm());
		return "identity/staff";
	}

	@PostMapping("/staff")
	String invite(@Valid @ModelAttribute("invitation") StaffInvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.invite(form);
				redirect.addFlashAttribute("flash", "staff.invited");
				return "redirect:/staff";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			}
		}
		model.addAttribute("member", accounts.staffMember(app.quadratus.shared.security.CurrentUser.get().accountId()));
		model.addAttribute("staff", accounts.staff());
		return "identity/staff";
	}

	@PostMapping("/staff/{id}")
	String update(@PathVariable UUID id, @RequestParam String displayName, @RequestParam Role role,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		try {
			accounts.updateStaff(id, displayName, role, enabled);
			redirect.addFlashAttribute("flash", "staff.updated");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.getMessage());
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/staff";
	}
}
