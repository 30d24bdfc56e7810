package app.quadratus.intake;

import java.time.LocalDate;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.atlas.Atlas;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.screening.ScreeningInput;
import app.quadratus.shared.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment pages: a new assessment, the live screening while findings are entered (htmx), saving,
 * a saved assessment with its versions, and amending it.
 */
@Controller
@RequestMapping("/clients/{id}/assessments")
class AssessmentController {

	private final Clinics clinics;

	private final Assessments assessments;

	private final ClientRecords clients;

	private final Atlas atlas;

	private final AssessmentPageModel pages;

	private final ReferralLetters letters;

	private final IntakeOnAssessment intakes;

	AssessmentController(Assessments assessments, ClientRecords clients, Atlas atlas, AssessmentPageModel pages,
			ReferralLetters letters, Clinics clinics, IntakeOnAssessment intakes) {
		this.intakes = intakes;
		this.clinics = clinics;
		this.assessments = assessments;
		this.letters = letters;
		this.clients = clients;
		this.atlas = atlas;
		this.pages = pages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clientId");
	}

	@GetMapping("/new")
	String newAssessment(@PathVariable UUID id, Model model) {
		Client client = clients.chart(id);
		int age = client.ageOn(LocalDate.now(clinics.zoneOf(client.clinicId())));
		model.addAttribute("client", client);
		if (age < ScreeningInput.MINIMUM_AGE) {
			return "intake/too-young";
		}
		// The first assessment starts from what the client submitted before the visit, if they did.
		AssessmentFindings findings = intakes.prefill(id, age, model).orElse(AssessmentFindings.empty(age));
		pages.editor(model, AssessmentForm.of(findings, atlas), findings, assessments.screen(id, findings));
		return "intake/editor";
	}

	/** htmx: the screening panel and the body chart for the findings entered so far. Nothing is saved. */
	@PostMapping("/screen")
	String screen(@PathVariable UUID id, @RequestParam int age, @Valid @ModelAttribute("form") AssessmentForm form,
			BindingResult errors, Model model) {
		AssessmentFindings findings = form.toFindings(age(age), atlas, errors);
		pages.editor(model, form, findings, assessments.screen(id, findings));
		model.addAttribute("clientId", id);
		return "intake/live :: live";
	}

	@PostMapping
	String create(@PathVariable UUID id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Client client = clients.chart(id);
		AssessmentFindings findings = form.toFindings(age(client.ageOn(LocalDate.now(clinics.zoneOf(client.clinicId())))), atlas, errors);
		if (errors.hasErrors()) {
			model.addAttribute("client", client);
			intakes.prefill(id, findings.ageYears(), model);
			pages.editor(model, form, findings, assessments.screen(id, findings));
			return "intake/editor";
		}
		UUID assessmentId = assessments.create(id, findings);
		redirect.addFlashAttribute("flash", "assessment.saved");
		return "redirect:/clients/" + id + "/assessments/" + assessmentId;
	}

	@GetMapping("/{assessmentId}")
	String show(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@RequestParam(required = false) Integer version, Model model) {
		AssessmentHistory history = assessments.open(id, assessmentId);
		model.addAttribute("client", clients.chart(id));
		pages.saved(model, history, history.version(version));
		return "intake/show";
	}

	@GetMapping("/{assessmentId}/amend")
	String amendForm(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
		AssessmentHistory history = assessments.open(id, assessmentId);
		AssessmentVersion latest = history.latest();
		model.addAttribute("client", clients.chart(id));
		model.addAttribute("amending", latest);
		AssessmentForm form = AssessmentForm.of(latest.findings(), atlas);
		form.setBaseVersion(latest.version());
		pages.editor(model, form, latest.findings(), latest.screening());
		return "intake/editor";
	}

	@PostMapping("/{assessmentId}/amend")
	String amend(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssessmentHistory history = assessments.open(id, assessmentId);
		AssessmentVersion latest = history.latest();
		AssessmentFindings findings = form.toFindings(latest.findings().ageYears(), atlas, errors);
		if (form.getAmendReason() == null || form.getAmendReason().isBlank()) {
			errors.rejectValue("amendReason", "assessment.amend.reasonRequired");
		}
		if (!errors.hasErrors()) {
			try {
				// A form without the version it was opened on is treated as stale: it cannot show it is not.
				assessments.amend(id, assessmentId, form.getBaseVersion() == null ? -1 : form.getBaseVersion(), findings,
						form.getAmendReason());
				redirect.addFlashAttribute("flash", "assessment.amended");
				return "redirect:/clients/" + id + "/assessments/" + assessmentId;
			}
			catch (ConflictException e) {
				// Kept beside the form with the therapist's changes, against the version now current.
				errors.reject(e.getMessage());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				latest = assessments.open(id, assessmentId).latest();
				form.setBaseVersion(latest.version());
			}
		}
		model.addAttribute("client", clients.chart(id));
		model.addAttribute("amending", latest);
		pages.editor(model, form, findings, assessments.screen(id, findings));
		return "intake/editor";
	}

	/** Entered in error: off the chart's list, never deleted. A missing reason is shown on the assessment. */
	@PostMapping("/{assessmentId}/entered-in-error")
	String enteredInError(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			assessments.open(id, assessmentId);
			redirect.addFlashAttribute("flashError", "assessment.enteredInError.reasonRequired");
			return "redirect:/clients/" + id + "/assessments/" + assessmentId;
		}
		assessments.markEnteredInError(id, assessmentId, reason);
		redirect.addFlashAttribute("flash", "assessment.enteredInError.done");
		return "redirect:/clients/" + id;
	}

	@GetMapping("/{assessmentId}/referral.pdf")
	ResponseEntity<byte[]> referralLetter(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@RequestParam(required = false) Integer version) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"referral-" + assessmentId + ".pdf\"")
			.header("Cache-Control", "no-store")
			.body(letters.pdf(id, assessmentId, version));
	}

	/** The age the page was opened with, kept within what the engine accepts. */
	private static int age(int age) {
		return Math.max(ScreeningInput.MINIMUM_AGE, Math.min(ScreeningInput.MAXIMUM_AGE, age));
	}
}
