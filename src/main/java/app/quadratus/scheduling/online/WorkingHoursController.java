package app.quadratus.scheduling.online;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.scheduling.Schedule;
import app.quadratus.scheduling.ScheduleException;
import app.quadratus.scheduling.WorkingBlock;
import app.quadratus.scheduling.WorkingWeeks;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's page of a therapist's usual week (up to two blocks a day, for a lunch break) and time off.
 * The week's fields are named {@code MONDAY.1.from}, {@code MONDAY.1.to}, {@code MONDAY.2.from}, ….
 */
@Controller
@PreAuthorize("hasRole('OWNER')")
class WorkingHoursController {

	private final WorkingWeeks weeks;

	private final Schedule schedule;

	private final app.quadratus.clinic.Clinics clinics;

	WorkingHoursController(WorkingWeeks weeks, Schedule schedule, app.quadratus.clinic.Clinics clinics) {
		this.weeks = weeks;
		this.schedule = schedule;
		this.clinics = clinics;
	}

	@GetMapping("/settings/working-hours")
	String therapists(Model model) {
		model.addAttribute("therapists", schedule.therapists());
		return "scheduling/online/therapists";
	}

	@GetMapping("/settings/working-hours/{therapistId}")
	String show(@PathVariable UUID therapistId, Model model) {
		model.addAttribute("therapist", weeks.therapist(therapistId));
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("week", weeks.week(therapistId));
		model.addAttribute("timeOff", weeks.timeOff(therapistId));
		model.addAttribute("reasons", ScheduleException.Reason.values());
		model.addAttribute("zone", clinics.zoneOf(app.quadratus.shared.security.CurrentUser.clinicId()));
		return "scheduling/online/hours";
	}

	@PostMapping("/settings/working-hours/{therapistId}")
	String saveWeek(@PathVariable UUID therapistId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<WorkingBlock> blocks = new ArrayList<>();
		try {
			for (DayOfWeek day : DayOfWeek.values()) {
				for (int n = 1; n <= 2; n++) {
					String from = form.get(day + "." + n + ".from");
					String to = form.get(day + "." + n + ".to");
					if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
						blocks.add(new WorkingBlock(day, LocalTime.parse(from), LocalTime.parse(to)));
					}
				}
			}
			weeks.setWeek(therapistId, blocks);
			redirect.addFlashAttribute("flash", "hours.saved");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		catch (java.time.format.DateTimeParseException e) {
			redirect.addFlashAttribute("flashError", "hours.time");
		}
		return "redirect:/settings/working-hours/" + therapistId;
	}

	@PostMapping("/settings/working-hours/{therapistId}/time-off")
	String addTimeOff(@PathVariable UUID therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) ScheduleException.Reason reason, RedirectAttributes redirect) {
		try {
			weeks.addTimeOff(therapistId, from, to, reason);
			redirect.addFlashAttribute("flash", "hours.timeOff.saved");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/settings/working-hours/" + therapistId;
	}

	@PostMapping("/settings/working-hours/{therapistId}/time-off/{timeOffId}/remove")
	String removeTimeOff(@PathVariable UUID therapistId, @PathVariable UUID timeOffId, RedirectAttributes redirect) {
		weeks.removeTimeOff(therapistId, timeOffId);
		redirect.addFlashAttribute("flash", "hours.timeOff.removed");
		return "redirect:/settings/working-hours/" + therapistId;
	}
}
