package app.quadratus.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff's start page: their day. A therapist sees their own appointments; the owner theirs if they
 * treat, else the clinic's; reception the clinic's, to mark arrivals at the desk.
 */
@Controller
class TodayController {

	private final Diary diary;

	private final Clock clock;

	private final NewOnlineBookings online;

	private final Appointments appointments;

	private final DueFlags due;

	private final WaitingClients waiting;

	TodayController(Diary diary, Clock clock, NewOnlineBookings online, Appointments appointments, DueFlags due,
			WaitingClients waiting) {
		this.due = due;
		this.waiting = waiting;
		this.appointments = appointments;
		this.diary = diary;
		this.clock = clock;
		this.online = online;
	}

	/** Staff have read the list of new online bookings. */
	@PostMapping("/today/online-bookings/seen")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST','RECEPTION')")
	String seen(@RequestParam(name = "id", required = false) List<UUID> ids) {
		online.acknowledge(ids == null ? List.of() : ids);
		return "redirect:/today";
	}

	@GetMapping("/today")
	@PreAuthorize("hasAnyRole('OWNER','THERAPIST','RECEPTION')")
	String today(Model model) {
		LocalDate today = LocalDate.now(clock.withZone(diary.zone()));
		UUID me = CurrentUser.get().accountId();
		List<DiaryEntry> everyone = diary.days(today, today, null);
		List<DiaryEntry> mine = everyone.stream().filter(e -> e.therapistId().equals(me)).toList();
		boolean ownDay = CurrentUser.get().role() == Role.THERAPIST || !mine.isEmpty();
		model.addAttribute("today", today);
		model.addAttribute("ownDay", ownDay);
		List<DiaryEntry> shown = ownDay ? mine : everyone;
		model.addAttribute("appointments", shown);
		model.addAttribute("sessions", appointments.sessionsOpened(shown.stream().map(DiaryEntry::id).toList()));
		boolean clinical = CurrentUser.get().role().seesClinicalRecords();
		DueFlags.Due flags = clinical ? due.forDay(shown.stream().map(DiaryEntry::clientId).toList(), today)
				: DueFlags.Due.NONE;
		model.addAttribute("reviewDue", flags.review());
		model.addAttribute("questionnairesDue", flags.questionnaires());
		model.addAttribute("lowAdherence", flags.lowAdherence());
		model.addAttribute("clinical", clinical);
		model.addAttribute("waiting", waiting.fromToday());
		model.addAttribute("newOnline", online.unseen());
		return "home/today";
	}
}
