package app.quadratus.treatment.web;

import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.internal.PlanVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreement pages the client holds on the clinic's tablet (a kiosk hand-over): the plan in plain
 * words, large type, and their typed name. Nothing of the chart, no navigation; afterwards the tablet
 * goes back to the therapist, who unlocks it with their password or PIN.
 */
@Controller
class PlanAgreementController {

	static final int MAX_NAME = 200;

	private final TreatmentPlans plans;

	PlanAgreementController(TreatmentPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/clients/{id}/plans/{planId}/agreement")
	String agreement(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
		PlanVersion plan = PlanPageController.ofClient(id, plans.openForAgreement(planId));
		return page(id, plan, "", null, model);
	}

	@PostMapping("/clients/{id}/plans/{planId}/agreement")
	String agree(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam(defaultValue = "0") int version,
			@RequestParam(defaultValue = "") String agreedBy, Model model) {
		PlanVersion plan = PlanPageController.ofClient(id, plans.openForAgreement(planId));
		String name = agreedBy.strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			return page(id, plan, agreedBy, name.isEmpty() ? "agreement.name.required" : "agreement.name.tooLong", model);
		}
		if (version != plan.version()) {
			// The therapist changed the plan meanwhile: the client reads the new version first.
			return page(id, plan, agreedBy, "agreement.changed", model);
		}
		try {
			plans.agreeOnTablet(planId, version, name);
		}
		catch (ConflictException e) {
			return page(id, plan, agreedBy, "agreement.changed", model);
		}
		return "redirect:/clients/" + id + "/plans/" + planId + "/agreement/done";
	}

	@GetMapping("/clients/{id}/plans/{planId}/agreement/done")
	String done(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
		PlanVersion plan = PlanPageController.ofClient(id, plans.openForAgreement(planId));
		model.addAttribute("plan", plan);
		return "treatment/plans/agreed";
	}

	private String page(UUID clientId, PlanVersion plan, String typed, String error, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("plan", plan);
		model.addAttribute("typed", typed);
		model.addAttribute("error", error);
		return "treatment/plans/agreement";
	}
}
