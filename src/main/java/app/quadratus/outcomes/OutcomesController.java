package app.quadratus.outcomes;

import java.util.Arrays;
import java.util.UUID;

import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.Kiosk;
import app.quadratus.shared.security.KioskHandOver;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's outcome actions from the chart: assign, stop, hand to client, email a link, PDF. */
@Controller
class OutcomesController {

	private final OutcomeAssignments assignments;

	private final Questionnaires questionnaires;

	private final QuestionnaireLinks links;

	private final ProgressReportPdf pdf;

	private final InstrumentCatalogue catalogue;

	private final ClientRecords clients;

	private final Kiosk kiosk;

	OutcomesController(OutcomeAssignments assignments, Questionnaires questionnaires, QuestionnaireLinks links,
			ProgressReportPdf pdf, InstrumentCatalogue catalogue, ClientRecords clients, Kiosk kiosk) {
		this.kiosk = kiosk;
		this.assignments = assignments;
		this.questionnaires = questionnaires;
		this.links = links;
		this.pdf = pdf;
		this.catalogue = catalogue;
		this.clients = clients;
	}

	@InitBinder("form")
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clientId", "clinicId");
	}

	@GetMapping("/clients/{id}/outcomes/assign")
	String assignForm(@PathVariable UUID id, Model model) {
		return form(id, AssignmentForm.of(OutcomeMeasure.ODI, Schedule.AT_INTAKE), model);
	}

	@PostMapping("/clients/{id}/outcomes/assignments")
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				assignments.assign(id, form);
				redirect.addFlashAttribute("flash", "outcomes.assigned");
				return "redirect:/clients/" + id + "#outcomes";
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> result.rejectValue(p.field(), p.message(), p.message()));
			}
		}
		return form(id, form, model);
	}

	@PostMapping("/clients/{id}/outcomes/assignments/{assignmentId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID assignmentId, RedirectAttributes redirect) {
		assignments.end(id, assignmentId);
		redirect.addFlashAttribute("flash", "outcomes.ended");
		return "redirect:/clients/" + id + "#outcomes";
	}

	/**
	 * Hand to client: opens the questionnaire in the large-button mode that hides the chart, and locks
	 * the session to it until the therapist takes the tablet back with their password or PIN.
	 */
	@PostMapping("/clients/{id}/outcomes/assignments/{assignmentId}/tablet")
	String handToClient(@PathVariable UUID id, @PathVariable UUID assignmentId) {
		UUID responseId = questionnaires.start(id, assignmentId, Channel.TABLET);
		String questionnaire = "/clients/" + id + "/outcomes/responses/" + responseId;
		kiosk.handOver(new KioskHandOver(questionnaire, "/clients/" + id + "#outcomes", id, "outcome-response", responseId));
		return "redirect:" + questionnaire;
	}

	@PostMapping("/clients/{id}/outcomes/assignments/{assignmentId}/link")
	String emailLink(@PathVariable UUID id, @PathVariable UUID assignmentId, RedirectAttributes redirect) {
		try {
			boolean sent = links.send(id, assignmentId);
			redirect.addFlashAttribute(sent ? "flash" : "flashError", sent ? "outcomes.link.sent" : "outcomes.link.notSent");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", "outcomes.link.noEmail");
		}
		return "redirect:/clients/" + id + "#outcomes";
	}

	@GetMapping("/clients/{id}/outcomes/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment().filename("progress-report.pdf").build().toString())
			.header("Cache-Control", "no-store")
			.body(pdf.render(id));
	}

	private String form(UUID clientId, AssignmentForm form, Model model) {
		// The assign form is clinical: chart() refuses reception, as the assignment itself does.
		model.addAttribute("client", clients.chart(clientId));
		model.addAttribute("form", form);
		model.addAttribute("instruments", catalogue.all());
		model.addAttribute("schedules", Arrays.asList(Schedule.values()));
		return "outcomes/assign";
	}
}
