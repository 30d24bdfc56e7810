package app.quadratus.identity;

import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.Kiosk;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The kiosk page a handed-over tablet shows, where staff take it back; and setting the tablet PIN. */
@Controller
class KioskController {

	private final TabletKiosk kiosk;

	private final TabletPins pins;

	KioskController(TabletKiosk kiosk, TabletPins pins) {
		this.kiosk = kiosk;
		this.pins = pins;
	}

	@GetMapping(Kiosk.PAGE)
	String page(HttpServletRequest request, Model model) {
		return TabletKiosk.lockOf(request.getSession(false)).map(lock -> {
			model.addAttribute("continueTo", lock.handOver().pagesUnder());
			return "identity/kiosk";
		}).orElse("redirect:/");
	}

	@PostMapping(Kiosk.PAGE + "/unlock")
	String unlock(@RequestParam(defaultValue = "") String secret, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		var lock = TabletKiosk.lockOf(request.getSession(false));
		return switch (kiosk.unlock(request, secret)) {
			case UNLOCKED -> "redirect:" + lock.orElseThrow().handOver().returnTo();
			case SIGNED_OUT -> "redirect:/login?kioskSignedOut";
			case NOT_LOCKED -> "redirect:/";
			case WRONG -> {
				model.addAttribute("continueTo", lock.orElseThrow().handOver().pagesUnder());
				model.addAttribute("wrong", true);
				model.addAttribute("attemptsLeft", lock.orElseThrow().attemptsLeft());
				yield "identity/kiosk";
			}
		};
	}

	@GetMapping("/account/tablet-pin")
	String pinForm(Model model) {
		model.addAttribute("pinForm", new TabletPinForm());
		model.addAttribute("pinIsSet", pins.isSet());
		return "identity/tablet-pin";
	}

	@PostMapping("/account/tablet-pin")
	String setPin(@Valid @ModelAttribute("pinForm") TabletPinForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				pins.set(form);
				redirect.addFlashAttribute("flash", "tabletPin.saved");
				return "redirect:/account/tablet-pin";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message()));
			}
		}
		model.addAttribute("pinIsSet", pins.isSet());
		return "identity/tablet-pin";
	}
}
