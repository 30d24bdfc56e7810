package app.quadratus.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.documents.PdfRenderer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report a client takes home or sends to their GP: each measure's scores against the
 * baseline, what they mean, and the goal, as a PDF. Rendered from a Thymeleaf template so the words
 * are the same as on screen; printing is audited by {@link OutcomeProgress#forReport}.
 */
@Component
class ProgressReportPdf {

	private final ClientRecords clients;

	private final OutcomeProgress progress;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final Clinics clinics;

	ProgressReportPdf(ClientRecords clients, OutcomeProgress progress, ITemplateEngine templates, Clock clock,
			Clinics clinics) {
		this.clinics = clinics;
		this.clients = clients;
		this.progress = progress;
		this.templates = templates;
		this.clock = clock;
	}

	byte[] render(UUID clientId) {
		Client client = clients.details(clientId);
		Context context = new Context(Locale.UK);
		context.setVariable("client", client);
		context.setVariable("measures", progress.forReport(clientId));
		context.setVariable("today", LocalDate.now(clock.withZone(clinics.zoneOf(client.clinicId()))));
		return PdfRenderer.render(templates.process("outcomes/report-pdf", context));
	}
}
