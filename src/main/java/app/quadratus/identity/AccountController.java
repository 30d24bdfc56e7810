package app.quadratus.identity;

import java.util.List;
import java.util.UUID;

import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's own account page: two-step sign-in on or off, recovery codes left. Every
 * action here is about the signed-in account itself, never another.
 */
@Controller
@StaffAccess
class AccountController {

	private final TwoStepSignIn twoStep;

	AccountController(TwoStepSignIn twoStep) {
		this.twoStep = twoStep;
	}

	@GetMapping("/account")
	String account(Model model) {
		return accountPage(new PasswordAndCodeForm(), model);
	}

	@GetMapping("/account/two-step")
	String enrolForm(HttpSession session, Model model) {
		if (twoStep.isEnrolled(me())) {
			return "redirect:/account";
		}
		return enrolPage(TwoStepEnrolmentPage.enrolment(session, twoStep, CurrentUser.get().email()),
				new PasswordAndCodeForm(), model);
	}

	/** Needs the password as well as the first code: a borrowed session must not tie the account to its own phone. */
	@PostMapping("/account/two-step")
	String enrol(@Valid @ModelAttribute("codeForm") PasswordAndCodeForm form, BindingResult result, HttpSession session,
			Model model, RedirectAttributes redirect) {
		if (twoStep.isEnrolled(me())) {
			return "redirect:/account";
		}
		TwoStepSignIn.Enrolment enrolment = TwoStepEnrolmentPage.enrolment(session, twoStep, CurrentUser.get().email());
		if (!result.hasErrors()) {
			try {
				twoStep.confirmPassword(me(), form.getPassword());
				List<String> recoveryCodes = twoStep.enrol(me(), enrolment, form.getCode());
				TwoStepEnrolmentPage.forget(session);
				redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
				return "redirect:/account/two-step/recovery-codes";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			}
		}
		form.setPassword(null);
		return enrolPage(enrolment, form, model);
	}

	/** The recovery codes, shown once: they arrive as a flash attribute from enrolment and are not kept. */
	@GetMapping("/account/two-step/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/account";
		}
		return "identity/recovery-codes";
	}

	@PostMapping("/account/two-step/off")
	String disable(@Valid @ModelAttribute("offForm") PasswordAndCodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				twoStep.disable(me(), form.getPassword(), form.getCode());
				redirect.addFlashAttribute("flash", "twoStep.off");
				return "redirect:/account";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			}
		}
		form.setPassword(null);
		model.addAttribute("offOpen", true);
		return accountPage(form, model);
	}

	private String accountPage(PasswordAndCodeForm offForm, Model model) {
		UUID me = me();
		model.addAttribute("twoStepOn", twoStep.isEnrolled(me));
		model.addAttribute("recoveryCodesLeft", twoStep.recoveryCodesLeft(me));
		model.addAttribute("twoStepRequired", twoStep.requiredByClinic(CurrentUser.clinicId()));
		model.addAttribute("offForm", offForm);
		model.addAttribute("offOpen", model.containsAttribute("offOpen"));
		return "identity/account";
	}

	private String enrolPage(TwoStepSignIn.Enrolment enrolment, PasswordAndCodeForm form, Model model) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("codeForm", form);
		model.addAttribute("enrolAction", "/account/two-step");
		model.addAttribute("atSignIn", false);
		return "identity/two-step-enrol";
	}

	private static UUID me() {
		return CurrentUser.get().accountId();
	}
}
