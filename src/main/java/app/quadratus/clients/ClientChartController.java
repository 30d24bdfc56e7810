package app.quadratus.clients;

import java.util.UUID;

import app.quadratus.identity.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client's chart: the clinical record's home page. Therapists and the owner only. */
@Controller
class ClientChartController {

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final Accounts accounts;

	ClientChartController(ClientRecords clients, ClientConsents consents, Accounts accounts) {
		this.clients = clients;
		this.consents = consents;
		this.accounts = accounts;
	}

	@GetMapping("/clients/{id}")
	String chart(@PathVariable UUID id, Model model) {
		Client client = clients.chart(id);
		model.addAttribute("client", client);
		model.addAttribute("consents", consents.of(id));
		model.addAttribute("therapistName", accounts.nameOf(client.therapistId()));
		return "clients/chart";
	}
}
