package app.quadratus.clinic;

import java.util.UUID;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's clinic settings and rooms. */
@Controller
@OwnerAccess
class ClinicController {

	private final Clinics clinics;

	ClinicController(Clinics clinics) {
		this.clinics = clinics;
	}

	@GetMapping("/clinic")
	String settings(Model model) {
		return page(ClinicDetailsForm.of(clinics.current()), new RoomForm(), model);
	}

	@PostMapping("/clinic")
	String save(@Valid @ModelAttribute("details") ClinicDetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(form, new RoomForm(), model);
		}
		clinics.update(form);
		redirect.addFlashAttribute("flash", "clinic.saved");
		return "redirect:/clinic";
	}

	@PostMapping("/clinic/rooms")
	String addRoom(@Valid @ModelAttribute("room") RoomForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(ClinicDetailsForm.of(clinics.current()), form, model);
		}
		clinics.addRoom(form);
		redirect.addFlashAttribute("flash", "rooms.added");
		return "redirect:/clinic";
	}

	@PostMapping("/clinic/two-step")
	String requireTwoStep(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		clinics.requireStaffTwoStep(required);
		redirect.addFlashAttribute("flash", required ? "clinic.twoStep.nowRequired" : "clinic.twoStep.nowOptional");
		return "redirect:/clinic";
	}

	@PostMapping("/clinic/client-sign-in-links")
	String allowSignInLinks(@RequestParam(defaultValue = "false") boolean allowed, RedirectAttributes redirect) {
		clinics.allowClientSignInLinks(allowed);
		redirect.addFlashAttribute("flash", allowed ? "clinic.signInLinks.nowAllowed" : "clinic.signInLinks.nowOff");
		return "redirect:/clinic";
	}

	@GetMapping("/clinic/rooms/{id}")
	String room(@PathVariable UUID id, Model model) {
		model.addAttribute("room", RoomForm.of(clinics.room(id)));
		model.addAttribute("roomId", id);
		return "clinic/room";
	}

	@PostMapping("/clinic/rooms/{id}")
	String saveRoom(@PathVariable UUID id, @Valid @ModelAttribute("room") RoomForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("roomId", id);
			return "clinic/room";
		}
		clinics.updateRoom(id, form);
		redirect.addFlashAttribute("flash", "rooms.saved");
		return "redirect:/clinic";
	}

	private String page(ClinicDetailsForm details, RoomForm room, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("room", room);
		model.addAttribute("rooms", clinics.rooms());
		model.addAttribute("staffTwoStepRequired", clinics.staffTwoStepRequired(CurrentUser.clinicId()));
		model.addAttribute("clientSignInLinks", clinics.clientSignInLinksAllowed(CurrentUser.clinicId()));
		return "clinic/settings";
	}
}
