package app.quadratus.treatment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.intake.BodyChartDrawing;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.TreatmentSessions;
import app.quadratus.treatment.internal.FieldReader;
import app.quadratus.treatment.internal.GoalResult;
import app.quadratus.treatment.internal.HomeworkDone;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.RegionTreated;
import app.quadratus.treatment.internal.ReleaseOutcome;
import app.quadratus.treatment.internal.SessionGoal;
import app.quadratus.treatment.internal.SessionReader;
import app.quadratus.treatment.internal.SoapDraft;
import app.quadratus.treatment.internal.SoapNote;
import app.quadratus.treatment.internal.Technique;
import app.quadratus.treatment.internal.TreatmentSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The session pages: check-in (pain now, homework, the plan's goals, techniques: what repeats is carried
 * forward), session mode (the release log, saved by session-mode.js without a page reload), the finish
 * (pain after, goals reviewed, the drafted note and one optional sentence, sign) and the signed note with
 * its amendments. A signed session refuses every change (409): the service decides, not the page.
 */
@Controller
class SessionPageController {

	static final int MAX_SENTENCE = 500;

	private final TreatmentSessions sessions;

	private final TreatmentPlans plans;

	private final ClientRecords clients;

	private final SessionSetup setup;

	private final Atlas atlas;

	private final app.quadratus.treatment.SharedSummaries shared;

	private final CheckInHomework checkInHomework;

	SessionPageController(TreatmentSessions sessions, TreatmentPlans plans, ClientRecords clients, SessionSetup setup,
			Atlas atlas, app.quadratus.treatment.SharedSummaries shared, CheckInHomework checkInHomework) {
		this.shared = shared;
		this.checkInHomework = checkInHomework;
		this.sessions = sessions;
		this.plans = plans;
		this.clients = clients;
		this.setup = setup;
		this.atlas = atlas;
	}

	@GetMapping("/clients/{id}/sessions/new")
	String checkInForm(@PathVariable UUID id, @RequestParam(required = false) UUID plan,
			@ModelAttribute("clinicZone") java.time.ZoneId zone, Model model) {
		sessions.requireClient(id);
		Optional<SessionRecord> previous = setup.previous(id, null);
		Optional<PlanVersion> chosen = plan(id, plan);
		Set<String> techniques = new LinkedHashSet<>();
		previous.ifPresentOrElse(p -> p.session().techniques().forEach(t -> techniques.add(t.id())),
				() -> chosen.ifPresent(v -> v.content().techniques().forEach(t -> techniques.add(t.id()))));
		Map<String, Object> form = new HashMap<>();
		form.put("painBefore", "");
		form.put("newGoal", "");
		Optional<CheckInHomework.Prefill> ticks = checkInHomework.since(id, previous, zone);
		ticks.ifPresent(t -> model.addAttribute("homeworkPrefill", t));
		form.put("homework", ticks.map(t -> t.answer().id()).orElse(""));
		form.put("techniques", techniques);
		form.put("goals", chosen.map(v -> v.content().goals().stream().map(g -> g.id().toString()).toList())
			.orElse(List.of()));
		return checkInPage(id, chosen.orElse(null), form, Map.of(), model);
	}

	@PostMapping("/clients/{id}/sessions")
	String checkIn(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		sessions.requireClient(id);
		UUID planId = parse(params.getFirst("planId"));
		Optional<PlanVersion> chosen = plan(id, planId);
		JsonNodeFactory f = JsonNodeFactory.instance;
		ObjectNode body = f.objectNode();
		chosen.ifPresent(v -> body.put("planId", v.planId().toString()));
		String pain = params.getFirst("painBefore");
		if (pain != null && !pain.isBlank()) {
			try {
				body.put("painBefore", Integer.parseInt(pain.strip()));
			}
			catch (NumberFormatException e) {
				body.put("painBefore", pain);
			}
		}
		String homework = params.getFirst("homework");
		if (homework != null && !homework.isBlank()) {
			body.put("homework", homework);
		}
		ArrayNode goals = body.putArray("goals");
		params.getOrDefault("goals", List.of()).forEach(g -> goals.addObject().put("planGoalId", g));
		String newGoal = params.getFirst("newGoal");
		if (newGoal != null && !newGoal.isBlank()) {
			goals.addObject().put("text", newGoal.strip());
		}
		ArrayNode techniques = f.arrayNode();
		params.getOrDefault("techniques", List.of()).forEach(techniques::add);
		try {
			SessionReader reader = new SessionReader(atlas);
			var checkIn = reader.checkIn(body);
			TreatmentSession session = sessions.checkIn(id, checkIn, reader.fields());
			// The regions treated last time are marked again: a standard session changes one or two at most.
			ArrayNode regions = f.arrayNode();
			setup.previous(id, session.id()).ifPresent(p -> p.session().regionsTreated().forEach(r -> {
				ObjectNode region = regions.addObject().put("region", r.region());
				if (r.side() != null) {
					region.put("side", r.side().id());
				}
			}));
			if (!techniques.isEmpty() || !regions.isEmpty()) {
				ObjectNode patch = f.objectNode();
				patch.set("techniques", techniques);
				patch.set("regionsTreated", regions);
				sessions.edit(session.id(), current -> {
					SessionReader edit = new SessionReader(atlas);
					return new TreatmentSessions.Edit(edit.patch(current, patch), null, edit.fields());
				});
			}
			return "redirect:/clients/" + id + "/sessions/" + session.id();
		}
		catch (InvalidFieldException e) {
			Map<String, Object> form = new HashMap<>();
			form.put("painBefore", pain == null ? "" : pain);
			form.put("homework", homework == null ? "" : homework);
			form.put("techniques", new LinkedHashSet<>(params.getOrDefault("techniques", List.of())));
			form.put("goals", params.getOrDefault("goals", List.of()));
			form.put("newGoal", newGoal == null ? "" : newGoal);
			Map<String, String> errors = new HashMap<>();
			e.problems().forEach(p -> errors.merge(p.field().startsWith("goals") ? "goals" : p.field().startsWith(
					"techniques") ? "techniques" : p.field(), p.message(), (a, b) -> a + "; " + b));
			return checkInPage(id, chosen.orElse(null), form, errors, model);
		}
	}

	@GetMapping("/clients/{id}/sessions/{sessionId}")
	String session(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
		SessionRecord record = ofClient(id, sessions.open(sessionId));
		model.addAttribute("client", clients.chart(id));
		model.addAttribute("record", record);
		model.addAttribute("s", record.session());
		if (record.session().isSigned()) {
			SharedSummaryController.addTo(model, shared, record.session());
			return "treatment/sessions/signed";
		}
		Optional<SessionRecord> previous = setup.previous(id, sessionId);
		int pressure = record.releases().isEmpty()
				? previous.flatMap(p -> p.releases().stream().reduce((a, b) -> b)).map(r -> r.pressure()).orElse(5)
				: record.releases().get(record.releases().size() - 1).pressure();
		model.addAttribute("muscles", setup.muscles(id));
		model.addAttribute("side", record.releases().isEmpty() ? setup.side(id)
				: record.releases().get(record.releases().size() - 1).side().id());
		model.addAttribute("pressure", pressure);
		model.addAttribute("outcomes", ReleaseOutcome.values());
		model.addAttribute("chart", BodyChartDrawing.heatMap(atlas, List.of()));
		model.addAttribute("treated", treatedZones(record.session().regionsTreated()));
		return "treatment/sessions/mode";
	}

	@GetMapping("/clients/{id}/sessions/{sessionId}/finish")
	String finish(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
		SessionRecord record = ofClient(id, sessions.open(sessionId));
		if (record.session().isSigned()) {
			return "redirect:/clients/" + id + "/sessions/" + sessionId;
		}
		Map<String, String> chosen = new HashMap<>();
		TreatmentSession s = record.session();
		chosen.put("painAfter", s.painAfter() == null ? "" : String.valueOf(s.painAfter()));
		s.goals().forEach(g -> chosen.put("goal." + g.id(), g.result() == null ? "" : g.result().id()));
		return finishPage(id, record, Map.of(), chosen, s.note(), model);
	}

	/**
	 * Records pain after, the goals reviewed and the note as edited; then signs, unless the therapist only
	 * saved the draft ({@code action=save}: back to the finish page, pain after not yet required).
	 */
	@PostMapping("/clients/{id}/sessions/{sessionId}/sign")
	String sign(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		SessionRecord record = ofClient(id, sessions.open(sessionId));
		record.session().requireDraft();
		boolean signing = !"save".equals(params.getFirst("action"));
		Map<String, String> chosen = new HashMap<>();
		String pain = params.getFirst("painAfter");
		Integer painAfter = null;
		try {
			painAfter = pain == null || pain.isBlank() ? null : Integer.valueOf(pain.strip());
		}
		catch (NumberFormatException e) {
			painAfter = -1;
		}
		chosen.put("painAfter", pain == null ? "" : pain);
		NoteEdits note = NoteEdits.from(params);
		Map<String, String> errors = new HashMap<>(note.errors());
		if (painAfter == null ? signing : painAfter < 0 || painAfter > 10) {
			errors.put("painAfter", "session.painAfter.required");
			painAfter = null;
		}
		List<SessionGoal> goals = new ArrayList<>();
		for (SessionGoal goal : record.session().goals()) {
			String value = params.getFirst("goal." + goal.id());
			GoalResult result = value == null ? null
					: java.util.Arrays.stream(GoalResult.values()).filter(r -> r.id().equals(value)).findFirst().orElse(null);
			if (value != null && !value.isBlank() && result == null) {
				errors.put("goal." + goal.id(), "session.goal.invalid");
			}
			chosen.put("goal." + goal.id(), value == null ? "" : value);
			goals.add(new SessionGoal(goal.id(), goal.planGoalId(), goal.text(), result));
		}
		if (!errors.isEmpty()) {
			return finishPage(id, record, errors, chosen, note.kept(), model);
		}
		Integer after = painAfter;
		sessions.edit(sessionId, current -> {
			TreatmentSession withResults = new TreatmentSession(current.id(), current.clientId(), current.planId(),
					current.status(), current.startedAt(), current.painBefore(), after, current.homework(), goals,
					current.techniques(), current.regionsTreated(), SoapNote.EMPTY, null, null, null, current.createdBy(),
					current.createdAt(), current.changedBy(), current.changedAt());
			SoapNote written = signing ? note.over(SoapDraft.of(withResults, record.releases())) : note.kept();
			TreatmentSession edited = new TreatmentSession(current.id(), current.clientId(), current.planId(),
					current.status(), current.startedAt(), current.painBefore(), after, current.homework(), goals,
					current.techniques(), current.regionsTreated(), written, null, null, null, current.createdBy(),
					current.createdAt(), current.changedBy(), current.changedAt());
			return new TreatmentSessions.Edit(edited, null, new FieldReader());
		});
		if (!signing) {
			redirect.addFlashAttribute("flash", "session.noteSaved");
			return "redirect:/clients/" + id + "/sessions/" + sessionId + "/finish";
		}
		sessions.sign(sessionId);
		redirect.addFlashAttribute("flash", "session.signed");
		return "redirect:/clients/" + id + "/sessions/" + sessionId;
	}

	@PostMapping("/clients/{id}/sessions/{sessionId}/amendments")
	String amend(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
		SessionRecord record = ofClient(id, sessions.open(sessionId));
		String error = reason.isBlank() ? "session.amend.reason.required"
				: reason.length() > 500 ? "session.amend.reason.tooLong" : text.length() > 8000 ? "session.amend.text.tooLong" : null;
		if (error != null) {
			model.addAttribute("client", clients.chart(id));
			model.addAttribute("record", record);
			model.addAttribute("s", record.session());
			model.addAttribute("amendError", error);
			model.addAttribute("amendReason", reason);
			model.addAttribute("amendText", text);
			SharedSummaryController.addTo(model, shared, record.session());
			return "treatment/sessions/signed";
		}
		sessions.amend(sessionId, reason.strip(), text.isBlank() ? null : text.strip());
		redirect.addFlashAttribute("flash", "session.amended");
		return "redirect:/clients/" + id + "/sessions/" + sessionId + "#amendments";
	}

	private String checkInPage(UUID clientId, PlanVersion plan, Map<String, Object> form, Map<String, String> errors,
			Model model) {
		model.addAttribute("client", clients.chart(clientId));
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("homeworkChoices", HomeworkDone.values());
		model.addAttribute("techniques", Technique.values());
		return "treatment/sessions/check-in";
	}

	/** The finish page; {@code edits} are the note's parts the therapist wrote (null parts follow the draft). */
	private String finishPage(UUID clientId, SessionRecord record, Map<String, String> errors, Map<String, String> chosen,
			SoapNote edits, Model model) {
		SoapNote draft = SoapDraft.of(record.session(), record.releases());
		model.addAttribute("client", clients.chart(clientId));
		model.addAttribute("record", record);
		model.addAttribute("s", record.session());
		model.addAttribute("draft", draft);
		model.addAttribute("note", NoteEdits.shown(edits, draft));
		model.addAttribute("errors", errors);
		model.addAttribute("chosen", chosen);
		model.addAttribute("sentence", edits.plan() == null ? "" : edits.plan());
		model.addAttribute("goalResults", GoalResult.values());
		return "treatment/sessions/finish";
	}

	/** The plan asked for, or else the client's newest plan; empty when the client has none. */
	private Optional<PlanVersion> plan(UUID clientId, UUID planId) {
		List<PlanVersion> all = plans.ofClient(clientId);
		if (planId != null) {
			return Optional.of(all.stream().filter(v -> v.planId().equals(planId)).findFirst()
				.orElseThrow(() -> new NotFoundException("plan")));
		}
		return all.stream().findFirst();
	}

	/**
	 * The body chart's shapes ("region:side") a session's regions cover: a mark on both sides (or with no
	 * side) covers every shape of the region, and a midline shape is covered by a mark on either side.
	 */
	static Set<String> treatedZones(List<RegionTreated> regions) {
		Set<String> zones = new java.util.HashSet<>();
		for (RegionTreated r : regions) {
			zones.add(r.region() + ":" + BodySide.MIDLINE.id());
			if (r.side() == null || r.side() == BodySide.BOTH || r.side() == BodySide.MIDLINE) {
				zones.add(r.region() + ":" + BodySide.LEFT.id());
				zones.add(r.region() + ":" + BodySide.RIGHT.id());
			}
			else {
				zones.add(r.region() + ":" + r.side().id());
			}
		}
		return zones;
	}

	static SessionRecord ofClient(UUID clientId, SessionRecord record) {
		if (!record.session().clientId().equals(clientId)) {
			throw new NotFoundException("session");
		}
		return record;
	}

	private static UUID parse(String id) {
		try {
			return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("plan");
		}
	}
}
