package app.quadratus.outcomes;

import java.time.LocalDate;

import app.quadratus.shared.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner's outcomes report over a chosen period (the last 90 days unless chosen). */
@Controller
class ClinicReportController {

	private final ClinicOutcomeReport report;

	ClinicReportController(ClinicOutcomeReport report) {
		this.report = report;
	}

	@GetMapping("/outcomes/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate last = to == null ? report.today() : to;
		LocalDate first = from == null ? last.minusDays(89) : from;
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		try {
			model.addAttribute("measures", report.report(first, last));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("measures", java.util.List.of());
			model.addAttribute("flashError", "outcomes.report.order");
		}
		return "outcomes/clinic-report";
	}
}
