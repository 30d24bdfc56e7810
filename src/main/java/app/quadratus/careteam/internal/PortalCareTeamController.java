package app.quadratus.careteam.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.quadratus.shared.InvalidFieldException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's care team in the portal: who sees what, sharing with a named person, withdrawing. */
@Controller
@RequestMapping("/portal/care-team")
@PreAuthorize("hasRole('CLIENT')")
class PortalCareTeamController {

	private final CareShares shares;

	PortalCareTeamController(CareShares shares) {
		this.shares = shares;
	}

	@GetMapping
	String page(@ModelAttribute("clinicZone") ZoneId zone, Model model) {
		if (!model.containsAttribute("form")) {
			ShareForm form = new ShareForm();
			form.setStartsOn(LocalDate.now(zone));
			model.addAttribute("form", form);
		}
		return view(zone, model);
	}

	@PostMapping
	String share(@ModelAttribute("clinicZone") ZoneId zone, @Valid @ModelAttribute("form") ShareForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				shares.grantAsClient(form);
				redirect.addFlashAttribute("flash", "careteam.share.saved");
				return "redirect:/portal/care-team";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message(), p.message()));
			}
		}
		return view(zone, model);
	}

	@PostMapping("/{shareId}/withdraw")
	String withdraw(@PathVariable UUID shareId, RedirectAttributes redirect) {
		shares.withdrawMine(shareId);
		redirect.addFlashAttribute("flash", "careteam.share.withdrawn");
		return "redirect:/portal/care-team";
	}

	private String view(ZoneId zone, Model model) {
		model.addAttribute("shares", shares.mine());
		model.addAttribute("today", LocalDate.now(zone));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("allParts", CareShares.OFFERED);
		return "careteam/portal";
	}
}
