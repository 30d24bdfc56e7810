package app.quadratus.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import app.quadratus.clients.ClientConsents;
import app.quadratus.clients.ClientRecords;
import app.quadratus.homework.HomeworkLog;
import app.quadratus.homework.HomeworkLog.HomeworkItem;
import app.quadratus.outcomes.ClientProgress;
import app.quadratus.outcomes.OutcomeProgress;
import app.quadratus.outcomes.QuestionnaireLinks;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.treatment.ClientPlans;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's pages, phone first. Every service called here reads the signed-in client's own record
 * (the client id comes from the account, never from the URL), so another client's plan, programme or
 * questionnaire id is "not found".
 */
@Controller
@RequestMapping("/portal")
@PreAuthorize("hasRole('CLIENT')")
class PortalController {

	private final ClientPlans plans;

	private final HomeworkLog homework;

	private final OutcomeProgress progress;

	private final QuestionnaireLinks questionnaires;

	private final PainDiary diary;

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final HomeworkReminders reminders;

	private final List<app.quadratus.shared.web.PortalSection> sections;

	PortalController(ClientPlans plans, HomeworkLog homework, OutcomeProgress progress,
			QuestionnaireLinks questionnaires, PainDiary diary, ClientRecords clients, ClientConsents consents,
			HomeworkReminders reminders, List<app.quadratus.shared.web.PortalSection> sections) {
		this.sections = sections.stream()
			.sorted(java.util.Comparator.comparingInt(app.quadratus.shared.web.PortalSection::order))
			.toList();
		this.reminders = reminders;
		this.plans = plans;
		this.homework = homework;
		this.progress = progress;
		this.questionnaires = questionnaires;
		this.diary = diary;
		this.clients = clients;
		this.consents = consents;
	}

	@GetMapping
	String home(@ModelAttribute("clinicZone") ZoneId zone, Model model) {
		LocalDate today = LocalDate.now(zone);
		List<HomeworkItem> items = homework.day(today);
		ClientProgress mine = progress.forSelf();
		var myPlans = plans.mine();
		List<PainDiaryEntry> recent = diary.page(0);
		model.addAttribute("today", today);
		model.addAttribute("items", items);
		doses(items, model);
		model.addAttribute("due", mine.assignments().stream().filter(ClientProgress.DueMeasure::dueNow).toList());
		model.addAttribute("toAgree", myPlans.stream().filter(p -> !p.latest().agreed()).findFirst().orElse(null));
		model.addAttribute("plan", myPlans.isEmpty() ? null : myPlans.get(0));
		model.addAttribute("todaysPain", recent.stream().filter(e -> e.day().equals(today)).findFirst().orElse(null));
		// Other modules' cards (the care team...), each with its own data; a null leaves the card out.
		List<PortalCard> cards = new java.util.ArrayList<>();
		for (var section : sections) {
			var data = section.data();
			if (data != null) {
				cards.add(new PortalCard(section.template(), data));
			}
		}
		model.addAttribute("cards", cards);
		return "portal/home";
	}

	@GetMapping("/plan")
	String plan(Model model) {
		model.addAttribute("plans", plans.mine());
		return "portal/plan";
	}

	@PostMapping("/plan/{planId}/agreement")
	String agree(@PathVariable UUID planId, @RequestParam int version, @RequestParam(defaultValue = "") String typedName,
			Model model, RedirectAttributes redirect) {
		try {
			plans.agree(planId, version, typedName);
		}
		catch (InvalidFieldException e) {
			model.addAttribute("plans", plans.mine());
			model.addAttribute("agreeError", e.problems().get(0).message());
			model.addAttribute("typedName", typedName);
			return "portal/plan";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", "portal.plan.changed");
			return "redirect:/portal/plan";
		}
		redirect.addFlashAttribute("flash", "portal.plan.agreed");
		return "redirect:/portal/plan";
	}

	@GetMapping("/homework")
	String homework(@ModelAttribute("clinicZone") ZoneId zone, Model model) {
		LocalDate today = LocalDate.now(zone);
		List<HomeworkItem> items = homework.day(today);
		model.addAttribute("today", today);
		model.addAttribute("items", items);
		doses(items, model);
		model.addAttribute("rows", items.stream()
			.map(i -> new TodayExercise(i, app.quadratus.homework.ExerciseFigure.svg(i.exercise().pose(), i.exercise().name())))
			.toList());
		return "portal/homework";
	}

	@PostMapping("/homework/tick")
	String tick(@ModelAttribute("clinicZone") ZoneId zone, @RequestParam UUID programmeId,
			@RequestParam String exerciseId, @RequestParam int dose, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			homework.tick(programmeId, exerciseId, LocalDate.now(zone), dose, note);
			redirect.addFlashAttribute("flash", "portal.homework.ticked");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/portal/homework#ex-" + exerciseId;
	}

	@GetMapping("/diary")
	String diary(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PainDiaryForm());
		}
		return diaryPage(page, model);
	}

	@PostMapping("/diary")
	String record(@Valid @ModelAttribute("form") PainDiaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return diaryPage(0, model);
		}
		diary.record(form.getPain(), form.getNote());
		redirect.addFlashAttribute("flash", "portal.diary.saved");
		return "redirect:/portal/diary";
	}

	@PostMapping("/questionnaires/{assignmentId}")
	String answer(@PathVariable UUID assignmentId) {
		return "redirect:" + questionnaires.openForSelf(assignmentId);
	}

	@GetMapping("/progress")
	String progress(Model model) {
		ClientProgress mine = progress.forSelf();
		model.addAttribute("progress", mine);
		model.addAttribute("due", mine.assignments().stream().filter(ClientProgress.DueMeasure::dueNow).toList());
		model.addAttribute("diary", diary.page(0));
		return "portal/progress";
	}

	@GetMapping("/details")
	String details(Model model) {
		model.addAttribute("client", clients.mine());
		model.addAttribute("consents", consents.mine());
		model.addAttribute("reminder", reminders.mine().orElse(null));
		return "portal/details";
	}

	@PostMapping("/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID consentId, RedirectAttributes redirect) {
		consents.withdrawMine(consentId);
		redirect.addFlashAttribute("flash", "portal.consent.withdrawn");
		return "redirect:/portal/details";
	}

	private String diaryPage(int page, Model model) {
		List<PainDiaryEntry> entries = diary.page(page);
		model.addAttribute("entries", entries.stream().limit(PainDiary.PAGE_SIZE).toList());
		model.addAttribute("page", page);
		model.addAttribute("hasMore", entries.size() > PainDiary.PAGE_SIZE);
		return "portal/diary";
	}

	/** A card another module contributes to the home page. */
	record PortalCard(String template, java.util.Map<String, Object> data) {
	}

	/** An exercise of today with its figure (SVG drawn by the homework module from the exercise's pose). */
	record TodayExercise(HomeworkItem item, String svg) {
	}

	/** Progress counts doses (a twice-a-day stretch is two), so every tick shows. */
	private static void doses(List<HomeworkItem> items, Model model) {
		model.addAttribute("done", items.stream().mapToInt(i -> Math.min(i.ticks().size(), i.dose().timesPerDay())).sum());
		model.addAttribute("total", items.stream().mapToInt(i -> i.dose().timesPerDay()).sum());
	}
}
