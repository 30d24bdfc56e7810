package app.quadratus.careteam.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's care team on the staff side: shares (given here with the client present), withdrawing,
 * the partners' notes, and the letters. Clinical staff only (the services say so); another clinic's
 * client is "not found".
 */
@Controller
@RequestMapping("/clients/{clientId}/care-team")
class ClientCareTeamController {

	private final CareShares shares;

	private final CareNotes notes;

	private final ClientRecords clients;

	private final CareLetters letters;

	ClientCareTeamController(CareShares shares, CareNotes notes, ClientRecords clients, CareLetters letters) {
		this.shares = shares;
		this.notes = notes;
		this.clients = clients;
		this.letters = letters;
	}

	/** A handover or GP letter as PDF; a missing recipient or (GP) consent goes back to the page. */
	@PostMapping("/letters")
	Object letter(@PathVariable UUID clientId, @org.springframework.web.bind.annotation.RequestParam String kind,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String recipient,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean consent,
			RedirectAttributes redirect) {
		CareLetters.Kind letterKind = "GP".equals(kind) ? CareLetters.Kind.GP : CareLetters.Kind.HANDOVER;
		try {
			byte[] pdf = letters.write(clientId, letterKind, recipient, consent);
			return org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
				.header("Cache-Control", "no-store")
				.header("Content-Disposition", "inline; filename=\"" + letterKind.name().toLowerCase(java.util.Locale.ROOT)
						+ "-letter.pdf\"")
				.body(pdf);
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
			return "redirect:/clients/" + clientId + "/care-team#letters";
		}
	}

	@GetMapping
	String page(@PathVariable UUID clientId, @ModelAttribute("clinicZone") ZoneId zone, Model model) {
		if (!model.containsAttribute("form")) {
			ShareForm form = new ShareForm();
			form.setStartsOn(LocalDate.now(zone));
			model.addAttribute("form", form);
		}
		return view(clientId, zone, model);
	}

	@PostMapping
	String share(@PathVariable UUID clientId, @ModelAttribute("clinicZone") ZoneId zone,
			@Valid @ModelAttribute("form") ShareForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				shares.grantForClient(clientId, form);
				redirect.addFlashAttribute("flash", "careteam.share.saved");
				return "redirect:/clients/" + clientId + "/care-team";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message(), p.message()));
			}
		}
		return view(clientId, zone, model);
	}

	@PostMapping("/{shareId}/withdraw")
	String withdraw(@PathVariable UUID clientId, @PathVariable UUID shareId, RedirectAttributes redirect) {
		shares.withdrawForClient(clientId, shareId);
		redirect.addFlashAttribute("flash", "careteam.share.withdrawn");
		return "redirect:/clients/" + clientId + "/care-team";
	}

	private String view(UUID clientId, ZoneId zone, Model model) {
		model.addAttribute("shares", shares.forClient(clientId));
		model.addAttribute("clientId", clientId);
		model.addAttribute("clientName", clients.namesOf(Set.of(clientId)).get(clientId));
		model.addAttribute("notes", notes.before(clientId, java.time.Instant.now().plusSeconds(60), CareNotes.PAGE));
		model.addAttribute("today", LocalDate.now(zone));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("allParts", CareShares.OFFERED);
		return "careteam/client";
	}
}
