package app.quadratus.clients;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.web.ChartSection;
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

	private final List<ChartSection> sections;

	ClientChartController(ClientRecords clients, ClientConsents consents, Accounts accounts, List<ChartSection> sections) {
		this.clients = clients;
		this.consents = consents;
		this.accounts = accounts;
		this.sections = sections.stream().filter(s -> s.shownTo(app.quadratus.shared.security.Audience.STAFF)).sorted(Comparator.comparingInt(ChartSection::order)).toList();
	}

	/** A section's template and the data its fragment receives. */
	record RenderedSection(String template, Map<String, Object> data) {
	}

	@GetMapping("/clients/{id}")
	String chart(@PathVariable UUID id, Model model) {
		Client client = clients.chart(id);
		model.addAttribute("client", client);
		model.addAttribute("consents", consents.of(id));
		model.addAttribute("therapistName", accounts.nameOf(client.therapistId()));
		model.addAttribute("sections", sections.stream().map(s -> new RenderedSection(s.template(), s.data(id))).toList());
		return "clients/chart";
	}
}
