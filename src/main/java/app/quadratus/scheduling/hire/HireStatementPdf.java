package app.quadratus.scheduling.hire;

import java.time.YearMonth;
import java.util.Locale;

import app.quadratus.documents.PdfRenderer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A hirer's monthly statement as a PDF: each hire kept that month, its hours, rate and amount, and the total. */
@Component
class HireStatementPdf {

	private final RoomHires hires;

	private final ITemplateEngine templates;

	HireStatementPdf(RoomHires hires, ITemplateEngine templates) {
		this.hires = hires;
		this.templates = templates;
	}

	byte[] render(YearMonth month) {
		Context context = new Context(Locale.UK);
		context.setVariable("statement", hires.statement(month));
		return PdfRenderer.render(templates.process("scheduling/hire/statement-pdf", context));
	}
}
