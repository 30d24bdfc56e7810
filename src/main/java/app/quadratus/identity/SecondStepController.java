package app.quadratus.identity;

import java.util.List;
import java.util.Optional;

import app.quadratus.shared.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * The second step of a staff sign-in: the code page, or, where the clinic requires two-step sign-in
 * and the account has none yet, enrolment. Only a half-signed-in session reaches these pages.
 */
@Controller
class SecondStepController {

	private final TwoStepSignIn twoStep;

	private final SecondStepSession session;

	SecondStepController(TwoStepSignIn twoStep, SecondStepSession session) {
		this.twoStep = twoStep;
		this.session = session;
	}

	@GetMapping("/login/code")
	String codeForm(Model model) {
		if (pending(TwoStepSignIn.SecondStep.CODE).isEmpty()) {
			return "redirect:/";
		}
		model.addAttribute("codeForm", new TwoStepCodeForm());
		return "identity/second-step";
	}

	@PostMapping("/login/code")
	String code(@Valid @ModelAttribute("codeForm") TwoStepCodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<SecondStepPending> pending = pending(TwoStepSignIn.SecondStep.CODE);
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		if (result.hasErrors()) {
			return "identity/second-step";
		}
		return switch (twoStep.verify(pending.get().accountId(), form.getCode())) {
			case ACCEPTED -> signedIn(pending.get(), request, response, "redirect:/");
			case ACCEPTED_RECOVERY_CODE -> {
				redirect.addFlashAttribute("flash", "twoStep.recoveryCodeUsed");
				yield signedIn(pending.get(), request, response, "redirect:/account");
			}
			case WRONG -> {
				result.rejectValue("code", "twoStep.code.wrong");
				yield "identity/second-step";
			}
			case LOCKED -> {
				session.end(request);
				yield "redirect:/login?error";
			}
		};
	}

	@GetMapping("/login/enrol")
	String enrolForm(HttpSession httpSession, Model model) {
		Optional<SecondStepPending> pending = pending(TwoStepSignIn.SecondStep.ENROL);
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		return enrolPage(TwoStepEnrolmentPage.enrolment(httpSession, twoStep, pending.get().email()),
				new TwoStepCodeForm(), model);
	}

	@PostMapping("/login/enrol")
	String enrol(@Valid @ModelAttribute("codeForm") TwoStepCodeForm form, BindingResult result, HttpSession httpSession,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Optional<SecondStepPending> pending = pending(TwoStepSignIn.SecondStep.ENROL);
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		TwoStepSignIn.Enrolment enrolment = TwoStepEnrolmentPage.enrolment(httpSession, twoStep, pending.get().email());
		if (result.hasErrors()) {
			return enrolPage(enrolment, form, model);
		}
		List<String> recoveryCodes;
		try {
			recoveryCodes = twoStep.enrol(pending.get().accountId(), enrolment, form.getCode());
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			return enrolPage(enrolment, form, model);
		}
		TwoStepEnrolmentPage.forget(httpSession);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
		return signedIn(pending.get(), request, response, "redirect:/account/two-step/recovery-codes");
	}

	private String signedIn(SecondStepPending pending, HttpServletRequest request, HttpServletResponse response,
			String next) {
		return session.complete(pending, request, response) ? next : "redirect:/login?error";
	}

	private String enrolPage(TwoStepSignIn.Enrolment enrolment, TwoStepCodeForm form, Model model) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("codeForm", form);
		model.addAttribute("enrolAction", "/login/enrol");
		model.addAttribute("atSignIn", true);
		return "identity/two-step-enrol";
	}

	private static Optional<SecondStepPending> pending(TwoStepSignIn.SecondStep step) {
		return SecondStepSession.pending().filter(p -> p.step() == step);
	}
}
