package app.quadratus.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import app.quadratus.clinic.Clinics;
import app.quadratus.documents.PdfRenderer;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Download my data (PS-28), as JSON and as a readable PDF: what the client gave the clinic and what they were
 * shown ({@link MyDataExport}). The therapist's own notes are not in it: the client asks for them here and
 * staff review the request ({@link RecordAccessRequests}). Every read behind it is audited as an export.
 */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class PortalDataController {

	private final MyDataExport export;

	private final RecordAccessRequests requests;

	private final ITemplateEngine templates;

	private final Clinics clinics;

	private final Clock clock;

	PortalDataController(MyDataExport export, RecordAccessRequests requests, ITemplateEngine templates, Clinics clinics,
			Clock clock) {
		this.export = export;
		this.requests = requests;
		this.templates = templates;
		this.clinics = clinics;
		this.clock = clock;
	}

	@GetMapping("/portal/data.json")
	ResponseEntity<Map<String, Object>> json() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(export.json(export.collect(clock.instant())));
	}

	@GetMapping("/portal/data.pdf")
	ResponseEntity<byte[]> pdf() {
		MyDataExport.MyData data = export.collect(clock.instant());
		Context context = new Context(Locale.UK);
		context.setVariable("data", data);
		context.setVariable("zone", clinics.zoneOf(CurrentUser.clinicId()));
		context.setVariable("clinic", clinics.current().name());
		context.setVariable("today", LocalDate.now(clock.withZone(clinics.zoneOf(CurrentUser.clinicId()))));
		context.setVariable("notIncluded", MyDataExport.NOT_INCLUDED);
		byte[] pdf = PdfRenderer.render(templates.process("portal/data-pdf", context));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.pdf\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@PostMapping("/portal/data/request")
	String request(@RequestParam(required = false) String details, RedirectAttributes redirect) {
		try {
			requests.request(details);
			redirect.addFlashAttribute("flash", "portal.data.requested");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/portal/details#data";
	}
}
