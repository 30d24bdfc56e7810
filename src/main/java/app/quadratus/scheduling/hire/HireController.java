package app.quadratus.scheduling.hire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hirer's pages (their hires, booking a room, cancelling, the monthly statement) and the owner's room use. */
@Controller
class HireController {

	private final RoomHires hires;

	private final HireStatementPdf statements;

	private final Clock clock;

	HireController(RoomHires hires, HireStatementPdf statements, Clock clock) {
		this.hires = hires;
		this.statements = statements;
		this.clock = clock;
	}

	@GetMapping("/hire")
	@PreAuthorize("hasRole('HIRER')")
	String mine(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("statement", hires.statement(shown));
		model.addAttribute("hires", hires.mine(shown));
		return "scheduling/hire/mine";
	}

	@GetMapping("/hire/book")
	@PreAuthorize("hasRole('HIRER')")
	String book(@RequestParam(required = false) String date, Model model) {
		return bookPage(date(date), model);
	}

	@PostMapping("/hire/book")
	@PreAuthorize("hasRole('HIRER')")
	String book(@RequestParam(required = false) String roomId, @RequestParam(required = false) String date,
			@RequestParam(required = false) String start, @RequestParam(required = false) Integer hours, Model model,
			RedirectAttributes redirect) {
		LocalDate day = date(date);
		try {
			HireRow booked = hires.book(uuid(roomId), parse(date, LocalDate::parse, "date"), parse(start, LocalTime::parse, "start"),
					hours);
			redirect.addFlashAttribute("flash", "hire.booked");
			return "redirect:/hire?month=" + YearMonth.from(booked.start());
		}
		catch (InvalidFieldException e) {
			model.addAttribute("problems", e.problems().stream().map(FieldProblem::message).distinct().toList());
		}
		catch (ConflictException e) {
			model.addAttribute("problems", java.util.List.of(e.getMessage()));
		}
		return bookPage(day, model);
	}

	@PostMapping("/hire/{id}/cancel")
	@PreAuthorize("hasRole('HIRER')")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			hires.cancel(id);
			redirect.addFlashAttribute("flash", "hire.cancelled");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.getMessage());
		}
		return "redirect:/hire";
	}

	@GetMapping("/hire/statement.pdf")
	@PreAuthorize("hasRole('HIRER')")
	ResponseEntity<byte[]> statement(@RequestParam(required = false) String month) {
		YearMonth shown = month(month);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"room-hire-" + shown + ".pdf\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(statements.render(shown));
	}

	@GetMapping("/hire/rooms")
	@PreAuthorize("hasRole('OWNER')")
	String use(@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("rooms", hires.use(shown));
		model.addAttribute("hours", hires.hours());
		return "scheduling/hire/use";
	}

	@PostMapping("/hire/hours")
	@PreAuthorize("hasRole('OWNER')")
	String hours(@RequestParam(required = false) String opens, @RequestParam(required = false) String closes,
			RedirectAttributes redirect) {
		try {
			hires.setHours(parse(opens, LocalTime::parse, "opens"), parse(closes, LocalTime::parse, "closes"));
			redirect.addFlashAttribute("flash", "hire.hours.saved");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", "hire.hours.order");
		}
		return "redirect:/hire/rooms";
	}

	private String bookPage(LocalDate day, Model model) {
		model.addAttribute("date", day);
		model.addAttribute("previous", day.minusDays(1));
		model.addAttribute("next", day.plusDays(1));
		model.addAttribute("rooms", hires.freeHours(day));
		return "scheduling/hire/book";
	}

	private LocalDate date(String date) {
		try {
			return date == null || date.isBlank() ? LocalDate.now(clock.withZone(hires.zone())) : LocalDate.parse(date);
		}
		catch (DateTimeParseException e) {
			return LocalDate.now(clock.withZone(hires.zone()));
		}
	}

	private YearMonth month(String month) {
		try {
			return month == null || month.isBlank() ? YearMonth.now(clock.withZone(hires.zone())) : YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			return YearMonth.now(clock.withZone(hires.zone()));
		}
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static <T> T parse(String value, java.util.function.Function<String, T> parser, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "hire." + field + ".invalid");
		}
	}
}
