package app.quadratus.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.quadratus.clients.ClientQuery;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clients.ClientSummary;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.StaffAccess;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic calendar: a day by therapist or by room, a week by day; booking, moving and cancelling,
 * with the clash shown while the form is filled in (htmx asks the same slot claims the booking takes).
 */
@Controller
@StaffAccess
class CalendarController {

	private final Diary diary;

	private final Schedule schedule;

	private final Appointments appointments;

	private final ClientRecords clients;

	private final Clock clock;

	CalendarController(Diary diary, Schedule schedule, Appointments appointments, ClientRecords clients, Clock clock) {
		this.diary = diary;
		this.schedule = schedule;
		this.appointments = appointments;
		this.clients = clients;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "day") String view, @RequestParam(defaultValue = "therapist") String by,
			Model model) {
		LocalDate day = date != null ? date : LocalDate.now(clock.withZone(diary.zone()));
		boolean week = view.equals("week");
		LocalDate first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate last = week ? first.plusDays(6) : day;
		List<DiaryEntry> entries = diary.days(first, last, null);
		List<CalendarColumn> columns = new ArrayList<>();
		if (week) {
			for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
				LocalDate on = d;
				columns.add(new CalendarColumn(null, d, entries.stream().filter(e -> e.day().equals(on)).toList()));
			}
		}
		else if (by.equals("room")) {
			schedule.rooms().forEach(r -> columns.add(new CalendarColumn(r.name(), null,
					entries.stream().filter(e -> e.roomId().equals(r.id())).toList())));
		}
		else {
			schedule.therapists().forEach(t -> columns.add(new CalendarColumn(t.name(), null,
					entries.stream().filter(e -> e.therapistId().equals(t.id())).toList())));
		}
		model.addAttribute("day", day);
		model.addAttribute("week", week);
		model.addAttribute("by", by);
		model.addAttribute("first", first);
		model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
		model.addAttribute("columns", columns);
		return "scheduling/calendar";
	}

	@GetMapping("/calendar/book")
	String bookForm(@ModelAttribute("booking") BookingForm booking, Model model) {
		if (booking.getDate() == null) {
			booking.setDate(LocalDate.now(clock.withZone(diary.zone())));
		}
		return form(booking, null, model);
	}

	/** The client picker's results, for htmx (the form works without it through a plain GET). */
	@GetMapping("/calendar/clients")
	String clientOptions(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("options", options(q));
		model.addAttribute("booking", new BookingForm());
		return "scheduling/book :: options";
	}

	/** Shows what the booking would clash with before it is saved. */
	@PostMapping("/calendar/check")
	String check(@ModelAttribute("booking") BookingForm booking, @RequestParam(required = false) UUID moving,
			Model model) {
		model.addAttribute("check", clashes(booking, moving));
		return "scheduling/book :: check";
	}

	@PostMapping("/calendar/book")
	String book(@Valid @ModelAttribute("booking") BookingForm booking, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(booking, null, model);
		}
		try {
			appointments.book(booking.toRequest(diary.zone()));
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> errors.reject("scheduling.invalid", p.field() + " " + p.message()));
			return form(booking, null, model);
		}
		catch (BookingConflict e) {
			model.addAttribute("conflict", conflictKey(e));
			return form(booking, null, model);
		}
		redirect.addFlashAttribute("flash", "appointment.booked");
		return "redirect:/calendar?date=" + booking.getDate();
	}

	@GetMapping("/calendar/appointments/{id}/move")
	String moveForm(@PathVariable UUID id, Model model) {
		Appointment appointment = appointments.find(id);
		model.addAttribute("booking", BookingForm.of(appointment, diary.zone()));
		return form((BookingForm) model.getAttribute("booking"), id, model);
	}

	@PostMapping("/calendar/appointments/{id}/move")
	String move(@PathVariable UUID id, @Valid @ModelAttribute("booking") BookingForm booking, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Appointment existing = appointments.find(id);
		booking.setClientId(existing.clientId());
		booking.setTypeId(existing.typeId());
		if (errors.hasErrors()) {
			return form(booking, id, model);
		}
		try {
			appointments.move(id, booking.toRequest(diary.zone()));
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> errors.reject("scheduling.invalid", p.field() + " " + p.message()));
			return form(booking, id, model);
		}
		catch (BookingConflict e) {
			model.addAttribute("conflict", conflictKey(e));
			return form(booking, id, model);
		}
		redirect.addFlashAttribute("flash", "appointment.moved");
		return "redirect:/calendar?date=" + booking.getDate();
	}

	@PostMapping("/calendar/appointments/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (reason != null && reason.length() > 300) {
			redirect.addFlashAttribute("flashError", "appointment.cancel.reasonTooLong");
			return "redirect:/calendar";
		}
		Appointment cancelled = appointments.cancel(id, reason);
		redirect.addFlashAttribute("flash", "appointment.cancelled");
		return "redirect:/calendar?date=" + cancelled.start().atZone(diary.zone()).toLocalDate();
	}

	@PostMapping("/calendar/appointments/{id}/arrive")
	String arrive(@PathVariable UUID id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		Appointment arrived = appointments.arrive(id);
		redirect.addFlashAttribute("flash", "appointment.arrived");
		return "redirect:" + ("/today".equals(back) ? "/today"
				: "/calendar?date=" + arrived.start().atZone(diary.zone()).toLocalDate());
	}

	@PostMapping("/calendar/appointments/{id}/no-show")
	String noShow(@PathVariable UUID id, RedirectAttributes redirect) {
		Appointment missed = appointments.markNoShow(id);
		redirect.addFlashAttribute("flash", "appointment.noShow");
		return "redirect:/calendar?date=" + missed.start().atZone(diary.zone()).toLocalDate();
	}

	private String form(BookingForm booking, UUID moving, Model model) {
		model.addAttribute("moving", moving);
		model.addAttribute("therapists", schedule.therapists());
		model.addAttribute("rooms", schedule.rooms());
		model.addAttribute("types", schedule.types());
		List<ClientSummary> options = booking.getQ() != null && !booking.getQ().isBlank() ? options(booking.getQ()) : List.of();
		model.addAttribute("options", options);
		model.addAttribute("clientName", booking.getClientId() == null ? null
				: clients.namesOf(List.of(booking.getClientId())).get(booking.getClientId()));
		if (!model.containsAttribute("check")) {
			model.addAttribute("check", clashes(booking, moving));
		}
		return "scheduling/book";
	}

	private List<ClientSummary> options(String q) {
		return q.isBlank() ? List.of() : clients.search(new ClientQuery(q, false, 8, 0), 8).items();
	}

	/** Null when the form is not complete yet; else the clashes (empty: free). Bad ids show no clash. */
	private Set<String> clashes(BookingForm booking, UUID moving) {
		if (!booking.complete()) {
			return null;
		}
		try {
			return appointments.clashes(booking.toRequest(diary.zone()), moving);
		}
		catch (InvalidFieldException e) {
			return null;
		}
	}

	private static String conflictKey(BookingConflict e) {
		return e.resource() == null ? "scheduling.conflict.race" : "scheduling.conflict." + e.resource();
	}
}
