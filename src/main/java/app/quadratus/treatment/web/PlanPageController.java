package app.quadratus.treatment.web;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.MeasureCatalogue;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.Kiosk;
import app.quadratus.shared.security.KioskHandOver;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.internal.GoalKind;
import app.quadratus.treatment.internal.PlanContent;
import app.quadratus.treatment.internal.PlanReader;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.Technique;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: a new plan prefilled from the assessment and the latest scores, a plan with its
 * versions, a revision (a new version, awaiting agreement again), and the hand-over of the tablet to the
 * client to agree. The form is read by the API's reader, so both refuse the same plans.
 */
@Controller
class PlanPageController {

	private final TreatmentPlans plans;

	private final ClientRecords clients;

	private final MeasureCatalogue measures;

	private final PlanPrefill prefill;

	private final Kiosk kiosk;

	PlanPageController(TreatmentPlans plans, ClientRecords clients, MeasureCatalogue measures, PlanPrefill prefill,
			Kiosk kiosk) {
		this.plans = plans;
		this.clients = clients;
		this.measures = measures;
		this.prefill = prefill;
		this.kiosk = kiosk;
	}

	@ClinicalAccess
	@GetMapping("/clients/{id}/plans/new")
	String newPlan(@PathVariable UUID id, @ModelAttribute("clinicZone") ZoneId zone, Model model) {
		plans.ofClient(id);
		return form(id, null, prefill.form(id, zone), Map.of(), model);
	}

	@ClinicalAccess
	@PostMapping("/clients/{id}/plans")
	String create(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		plans.ofClient(id);
		PlanForm form = PlanForm.read(params);
		try {
			PlanContent content = new PlanReader(measures).read(form.toJson());
			PlanVersion version = plans.create(id, content);
			redirect.addFlashAttribute("flash", "plan.saved");
			return "redirect:/clients/" + id + "/plans/" + version.planId();
		}
		catch (InvalidFieldException e) {
			return form(id, null, form, errors(form, e), model);
		}
	}

	@ClinicalAccess
	@GetMapping("/clients/{id}/plans/{planId}")
	String show(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam(required = false) Integer version,
			Model model) {
		List<PlanVersion> history = ofClient(id, plans.history(planId));
		PlanVersion latest = history.get(history.size() - 1);
		PlanVersion shown = version == null ? latest
				: history.stream().filter(v -> v.version() == version).findFirst()
					.orElseThrow(() -> new NotFoundException("plan version"));
		model.addAttribute("client", clients.chart(id));
		model.addAttribute("plan", shown);
		model.addAttribute("latest", latest);
		List<PlanVersion> newestFirst = new java.util.ArrayList<>(history);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		return "treatment/plans/show";
	}

	@ClinicalAccess
	@GetMapping("/clients/{id}/plans/{planId}/revise")
	String revise(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
		PlanVersion latest = ofClient(id, plans.open(planId, null));
		return form(id, planId, PlanForm.of(latest.content(), latest.version()), Map.of(), model);
	}

	@ClinicalAccess
	@PostMapping("/clients/{id}/plans/{planId}")
	String saveRevision(@PathVariable UUID id, @PathVariable UUID planId,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		ofClient(id, plans.open(planId, null));
		PlanForm form = PlanForm.read(params);
		try {
			if (form.basedOnVersion() == null) {
				throw new InvalidFieldException("basedOnVersion", "is required");
			}
			plans.revise(planId, form.basedOnVersion(), new PlanReader(measures).read(form.toJson()));
			redirect.addFlashAttribute("flash", "plan.revised");
			return "redirect:/clients/" + id + "/plans/" + planId;
		}
		catch (InvalidFieldException e) {
			return form(id, planId, form, errors(form, e), model);
		}
	}

	/** Hands the tablet to the client: the session reaches only the agreement pages until unlocked. */
	@ClinicalAccess
	@PostMapping("/clients/{id}/plans/{planId}/hand-over")
	String handOver(@PathVariable UUID id, @PathVariable UUID planId) {
		PlanVersion latest = ofClient(id, plans.open(planId, null));
		String agreement = "/clients/" + id + "/plans/" + planId + "/agreement";
		kiosk.handOver(new KioskHandOver(agreement, "/clients/" + id + "/plans/" + planId, id, "treatment-plan",
				latest.planId()));
		return "redirect:" + agreement;
	}

	private String form(UUID clientId, UUID planId, PlanForm form, Map<String, String> errors, Model model) {
		model.addAttribute("client", clients.chart(clientId));
		model.addAttribute("planId", planId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("measures", measures.ids());
		model.addAttribute("goalKinds", GoalKind.values());
		model.addAttribute("techniques", Technique.values());
		return "treatment/plans/form";
	}

	private static Map<String, String> errors(PlanForm form, InvalidFieldException e) {
		Map<String, String> errors = new HashMap<>();
		e.problems().forEach(p -> errors.merge(form.pageField(p.field()), p.message(), (a, b) -> a + "; " + b));
		return errors;
	}

	static PlanVersion ofClient(UUID clientId, PlanVersion version) {
		if (!version.clientId().equals(clientId)) {
			throw new NotFoundException("plan");
		}
		return version;
	}

	static List<PlanVersion> ofClient(UUID clientId, List<PlanVersion> versions) {
		ofClient(clientId, versions.get(0));
		return versions;
	}
}
