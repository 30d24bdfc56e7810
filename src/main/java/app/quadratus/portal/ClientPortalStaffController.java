package app.quadratus.portal;

import java.util.UUID;

import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff side of the portal: inviting a client to it, and the record requests waiting for review. */
@Controller
class ClientPortalStaffController {

	private final ClientRecords clients;

	private final Accounts accounts;

	private final RecordAccessRequests requests;

	ClientPortalStaffController(ClientRecords clients, Accounts accounts, RecordAccessRequests requests) {
		this.clients = clients;
		this.accounts = accounts;
		this.requests = requests;
	}

	/** Another clinic's client is "not found" (ClientRecords.details). */
	@PostMapping("/clients/{id}/portal-invitation")
	String invite(@PathVariable UUID id, RedirectAttributes redirect) {
		Client client = clients.details(id);
		try {
			accounts.inviteClient(id, client.email(), client.givenName() + " " + client.familyName());
			redirect.addFlashAttribute("flash", "portal.invite.sent");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/clients/" + id + "/details";
	}

	@GetMapping("/record-requests")
	String requests(Model model) {
		model.addAttribute("requests", requests.pending());
		return "portal/requests";
	}

	/** Approve or refuse, with the reason the client reads; another clinic's request is "not found". */
	@PostMapping("/record-requests/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean approve,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			requests.decide(id, approve, reason);
			redirect.addFlashAttribute("flash", approve ? "portal.requests.approved" : "portal.requests.refused");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", "portal.requests.alreadyDecided");
		}
		return "redirect:/record-requests";
	}
}
