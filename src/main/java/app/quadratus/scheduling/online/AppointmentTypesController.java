package app.quadratus.scheduling.online;

import java.util.UUID;

import app.quadratus.scheduling.AppointmentTypes;
import app.quadratus.shared.InvalidFieldException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's page of appointment types: length and turnover buffer, new clients, on or off. */
@Controller
@PreAuthorize("hasRole('OWNER')")
class AppointmentTypesController {

	private final AppointmentTypes types;

	AppointmentTypesController(AppointmentTypes types) {
		this.types = types;
	}

	@GetMapping("/settings/appointment-types")
	String list(Model model) {
		model.addAttribute("types", types.all());
		return "scheduling/online/types";
	}

	@PostMapping("/settings/appointment-types")
	String add(@RequestParam(required = false) String name, @RequestParam(required = false) Integer durationMinutes,
			@RequestParam(required = false) Integer bufferMinutes,
			@RequestParam(defaultValue = "false") boolean forNewClients, Model model, RedirectAttributes redirect) {
		try {
			types.add(name, durationMinutes, bufferMinutes, forNewClients);
			redirect.addFlashAttribute("flash", "types.saved");
			return "redirect:/settings/appointment-types";
		}
		catch (InvalidFieldException e) {
			return withProblems(e, null, model);
		}
	}

	@PostMapping("/settings/appointment-types/{id}")
	String update(@PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer durationMinutes, @RequestParam(required = false) Integer bufferMinutes,
			@RequestParam(defaultValue = "false") boolean forNewClients, @RequestParam(defaultValue = "false") boolean active,
			Model model, RedirectAttributes redirect) {
		try {
			types.update(id, name, durationMinutes, bufferMinutes, forNewClients, active);
			redirect.addFlashAttribute("flash", "types.saved");
			return "redirect:/settings/appointment-types";
		}
		catch (InvalidFieldException e) {
			return withProblems(e, id, model);
		}
	}

	/** The page again, with each problem beside its field of the form that was sent. */
	private String withProblems(InvalidFieldException e, UUID typeId, Model model) {
		model.addAttribute("types", types.all());
		model.addAttribute("problemsFor", typeId == null ? "new" : typeId.toString());
		model.addAttribute("problems", e.problems().stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.field(), p -> p.message(), (a, b) -> a)));
		return "scheduling/online/types";
	}
}
