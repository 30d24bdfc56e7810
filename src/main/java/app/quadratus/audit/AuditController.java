package app.quadratus.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.quadratus.audit.AuditRepository.AuditFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner browses and filters the audit log; 50 entries a page, newest first. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String browse(@RequestParam(required = false) UUID client, @RequestParam(required = false) UUID actor,
			@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @ModelAttribute("clinicZone") ZoneId zone, Model model) {
		// Clamped so that the offset cannot overflow into a negative number (a 500 from the database).
		int safePage = Math.min(Math.max(0, page), 100_000);
		AuditFilter filter = new AuditFilter(client, actor, action,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
		var entries = trail.search(filter, PAGE_SIZE + 1, safePage * PAGE_SIZE);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/log";
	}

	@PostMapping("/audit/verify")
	String verify(@ModelAttribute("clinicZone") ZoneId zone, Model model) {
		model.addAttribute("check", trail.verify());
		return browse(null, null, null, null, null, 0, zone, model);
	}
}
