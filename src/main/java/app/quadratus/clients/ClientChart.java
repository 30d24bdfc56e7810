package app.quadratus.clients;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import app.quadratus.clients.ClientChartController.RenderedSection;
import app.quadratus.identity.Accounts;
import app.quadratus.shared.security.Audience;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything the chart page shows in one transaction: one connection, one commit, one audit
 * entry for the view (the sections' own reads join it), and the client found once (the sections'
 * "is this a client of my clinic?" checks are answered by {@link KnownClients}).
 */
@Service
class ClientChart {

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final Accounts accounts;

	private final List<ChartSection> sections;

	ClientChart(ClientRecords clients, ClientConsents consents, Accounts accounts, List<ChartSection> sections) {
		this.clients = clients;
		this.consents = consents;
		this.accounts = accounts;
		this.sections = sections.stream().filter(s -> s.shownTo(Audience.STAFF))
			.sorted(Comparator.comparingInt(ChartSection::order)).toList();
	}

	record View(Client client, List<Consent> consents, String therapistName, List<RenderedSection> sections) {
	}

	@ClinicalAccess
	@Transactional
	public View open(UUID id) {
		Client client = clients.chart(id);
		return new View(client, consents.of(id), accounts.nameOf(client.therapistId()),
				sections.stream().map(s -> new RenderedSection(s.template(), s.data(id))).toList());
	}
}
