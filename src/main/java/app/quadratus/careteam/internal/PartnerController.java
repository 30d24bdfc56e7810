package app.quadratus.careteam.internal;

import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.homework.SharedHomework;
import app.quadratus.outcomes.OutcomeProgress;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.SharedPart;
import app.quadratus.treatment.ClientPlans;
import app.quadratus.treatment.SharedSummaries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care-team member's pages, phone first: my clients (live shares only) and one client as shared.
 * Every request reads the share again, so a withdrawn or ended share is "not found" at once; the reads
 * run inside the share's clinic as the partner ({@link CareTeamScope}) and each module audits its own.
 */
@Controller
@RequestMapping("/partner")
@PreAuthorize("hasRole('PARTNER')")
class PartnerController {

	/** Session summaries shown on the partner's page: the newest, enough to follow the course of care. */
	static final int SUMMARIES = 10;

	private final CareShares shares;

	private final CareNotes notes;

	private final CareTeamScope scope;

	private final ClientPlans plans;

	private final SharedHomework homework;

	private final OutcomeProgress progress;

	private final SharedSummaries summaries;

	private final Clinics clinics;

	private final AuditLog audit;

	PartnerController(CareShares shares, CareNotes notes, CareTeamScope scope, ClientPlans plans,
			SharedHomework homework, OutcomeProgress progress, SharedSummaries summaries, Clinics clinics,
			AuditLog audit) {
		this.shares = shares;
		this.notes = notes;
		this.scope = scope;
		this.plans = plans;
		this.homework = homework;
		this.progress = progress;
		this.summaries = summaries;
		this.clinics = clinics;
		this.audit = audit;
	}

	@GetMapping
	String home(Model model) {
		model.addAttribute("clients", shares.myClients());
		return "careteam/partner/home";
	}

	@GetMapping("/clients/{shareId}")
	String client(@PathVariable UUID shareId, Model model) {
		return page(shares.openLive(shareId), model);
	}

	@PostMapping("/clients/{shareId}/notes")
	String note(@PathVariable UUID shareId, @RequestParam(defaultValue = "") String body, Model model,
			RedirectAttributes redirect) {
		CareShares.PartnerClient client = shares.openLive(shareId);
		try {
			scope.as(client.share(), () -> notes.write(client.share(), body));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("noteError", e.problems().get(0).message());
			model.addAttribute("body", body);
			return page(client, model);
		}
		redirect.addFlashAttribute("flash", "careteam.note.sent");
		return "redirect:/partner/clients/" + shareId;
	}

	private String page(CareShares.PartnerClient client, Model model) {
		CareShare share = client.share();
		scope.as(share, () -> {
			audit.record(AuditAction.VIEW, CareShares.AUDIT_TYPE, share.id(), share.clientId());
			model.addAttribute("goals", share.shares(SharedPart.GOALS) ? plans.sharedGoals().orElse(null) : null);
			model.addAttribute("programme", share.shares(SharedPart.HOMEWORK) ? homework.programme() : List.of());
			model.addAttribute("precautions",
					share.shares(SharedPart.PRECAUTIONS) ? homework.precautions().orElse(null) : null);
			model.addAttribute("measures", share.shares(SharedPart.PROGRESS) ? progress.forCareTeam() : List.of());
			// The newest few, one more to know whether older ones exist (the client's portal has them all).
			List<SharedSummaries.Shared> newest = share.shares(SharedPart.SESSION_SUMMARIES)
					? summaries.forCareTeam(0, SUMMARIES + 1) : List.of();
			model.addAttribute("summaries", newest.stream().limit(SUMMARIES).toList());
			model.addAttribute("olderSummaries", newest.size() > SUMMARIES);
			model.addAttribute("notes", notes.ofShare(share));
			return null;
		});
		model.addAttribute("client", client);
		model.addAttribute("precautionsShared", share.shares(SharedPart.PRECAUTIONS));
		model.addAttribute("summariesShared", share.shares(SharedPart.SESSION_SUMMARIES));
		model.addAttribute("shareZone", clinics.zoneOf(share.clinicId()));
		return "careteam/partner/client";
	}
}
