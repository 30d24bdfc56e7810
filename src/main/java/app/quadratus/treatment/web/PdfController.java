package app.quadratus.treatment.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan and session PDFs; never cached (they hold health information). */
@Controller
class PdfController {

	private final TreatmentPdfs pdfs;

	PdfController(TreatmentPdfs pdfs) {
		this.pdfs = pdfs;
	}

	@GetMapping("/clients/{id}/plans/{planId}/plan.pdf")
	ResponseEntity<byte[]> plan(@PathVariable UUID id, @PathVariable UUID planId,
			@RequestParam(required = false) Integer version) {
		return pdf("treatment-plan.pdf", pdfs.plan(id, planId, version));
	}

	@GetMapping("/clients/{id}/sessions/{sessionId}/summary.pdf")
	ResponseEntity<byte[]> session(@PathVariable UUID id, @PathVariable UUID sessionId) {
		return pdf("session-summary.pdf", pdfs.session(id, sessionId));
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
			.header("Cache-Control", "no-store")
			.body(body);
	}
}
