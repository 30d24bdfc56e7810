package app.quadratus.scheduling.online;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.identity.ClientSignUp;
import app.quadratus.scheduling.AppointmentType;
import app.quadratus.scheduling.BookingConflict;
import app.quadratus.scheduling.OnlineBookings;
import app.quadratus.scheduling.OnlineRegistration;
import app.quadratus.scheduling.Waitlist;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * A clinic's public booking page, browsed without signing in: service, then therapist (or anyone), then
 * a free slot; then sign in or register, then confirm. Signing in and confirming need a CLIENT account of
 * this clinic; every POST carries the CSRF token.
 */
@Controller
class PublicBookingController {

	/** Slots are shown a week at a time. */
	static final int WEEK = 7;

	private final OnlineBookings online;

	private final OnlineRegistration registration;

	private final ClientSignUp signUp;

	private final Waitlist waitlist;

	PublicBookingController(OnlineBookings online, OnlineRegistration registration, ClientSignUp signUp,
			Waitlist waitlist) {
		this.online = online;
		this.registration = registration;
		this.signUp = signUp;
		this.waitlist = waitlist;
	}

	@GetMapping("/book/{clinicId}")
	String services(@PathVariable UUID clinicId, Model model) {
		model.addAttribute("clinic", online.clinic(clinicId));
		model.addAttribute("types", online.types(clinicId));
		model.addAttribute("policy", online.policy(clinicId));
		return "scheduling/online/services";
	}

	@GetMapping("/book/{clinicId}/slots")
	String slots(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam(required = false) UUID therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
		ZoneId zone = online.zone(clinicId);
		LocalDate today = LocalDate.now(zone);
		LocalDate first = from == null || from.isBefore(today) ? today : from;
		LocalDate last = today.plusDays(online.policy(clinicId).horizonDays());
		if (first.isAfter(last)) {
			first = last;
		}
		Map<LocalDate, List<OnlineBookings.OpenSlot>> byDay = new LinkedHashMap<>();
		for (LocalDate d = first; d.isBefore(first.plusDays(WEEK)) && !d.isAfter(last); d = d.plusDays(1)) {
			byDay.put(d, new java.util.ArrayList<>());
		}
		for (OnlineBookings.OpenSlot s : online.slots(clinicId, type, therapist, first, first.plusDays(WEEK - 1))) {
			byDay.computeIfAbsent(s.start().atZone(zone).toLocalDate(), d -> new java.util.ArrayList<>()).add(s);
		}
		model.addAttribute("clinic", online.clinic(clinicId));
		model.addAttribute("type", online.type(clinicId, type));
		model.addAttribute("therapists", online.therapists(clinicId));
		model.addAttribute("therapist", therapist);
		model.addAttribute("days", byDay);
		model.addAttribute("zone", zone);
		model.addAttribute("previous", first.isAfter(today) ? first.minusDays(WEEK).isBefore(today) ? today : first.minusDays(WEEK) : null);
		model.addAttribute("next", first.plusDays(WEEK).isAfter(last) ? null : first.plusDays(WEEK));
		return "scheduling/online/slots";
	}

	@GetMapping("/book/{clinicId}/confirm")
	String confirmPage(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam UUID therapist,
			@RequestParam Instant start, Model model) {
		model.addAttribute("form", new RegistrationForm());
		return confirmView(clinicId, type, therapist, start, model);
	}

	/** Only to pass through the sign-in page: signed in, back to the slot being confirmed. */
	@GetMapping("/book/{clinicId}/sign-in")
	String signIn(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam UUID therapist,
			@RequestParam Instant start) {
		return "redirect:/book/" + clinicId + "/confirm?type=" + type + "&therapist=" + therapist + "&start=" + start;
	}

	@PostMapping("/book/{clinicId}/register")
	String register(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam UUID therapist,
			@RequestParam Instant start, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				UUID account = registration.register(clinicId, form.getGivenName(), form.getFamilyName(),
						form.getDateOfBirth(), form.getEmail(), form.getPhone(), form.getPassword(), request.getRemoteAddr());
				signUp.signIn(account, request, response);
				return signIn(clinicId, type, therapist, start);
			}
			catch (InvalidFieldException e) {
				e.problems().forEach(p -> errors.rejectValue(p.field(), p.message(), p.message()));
			}
		}
		form.setPassword(null);
		return confirmView(clinicId, type, therapist, start, model);
	}

	@PostMapping("/book/{clinicId}/confirm")
	String confirm(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam UUID therapist,
			@RequestParam Instant start, RedirectAttributes redirect) {
		try {
			OnlineBookings.Booked booked = online.book(clinicId, type, therapist, start);
			return "redirect:/book/manage/" + booked.linkSecret() + "?booked";
		}
		catch (ConflictException | InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e instanceof InvalidFieldException invalid
					? invalid.problems().get(0).message() : e instanceof BookingConflict ? "booking.slot.gone" : e.getMessage());
			return "redirect:/book/" + clinicId + "/slots?type=" + type + "&therapist=" + therapist + "&from="
					+ start.atZone(online.zone(clinicId)).toLocalDate();
		}
	}

	/** Signed in (the sign-in page brings the client back here), a last look before joining. */
	@GetMapping("/book/{clinicId}/waitlist")
	String waitlistPage(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam(required = false) UUID therapist,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		model.addAttribute("clinic", online.clinic(clinicId));
		model.addAttribute("type", online.type(clinicId, type));
		model.addAttribute("therapist", therapist);
		model.addAttribute("therapistName", therapist == null ? null : online.therapists(clinicId).stream()
			.filter(t -> t.id().equals(therapist)).map(t -> t.name()).findFirst().orElseThrow(() -> new NotFoundException("therapist")));
		model.addAttribute("day", day);
		return "scheduling/online/waitlist";
	}

	@PostMapping("/book/{clinicId}/waitlist")
	String joinWaitlist(@PathVariable UUID clinicId, @RequestParam UUID type, @RequestParam(required = false) UUID therapist,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		try {
			waitlist.join(clinicId, type, therapist, day);
			redirect.addFlashAttribute("flash", "booking.waitlist.joined");
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", e.problems().get(0).message());
		}
		return "redirect:/book/" + clinicId + "/slots?type=" + type + (therapist == null ? "" : "&therapist=" + therapist)
				+ "&from=" + day;
	}

	private String confirmView(UUID clinicId, UUID typeId, UUID therapistId, Instant start, Model model) {
		AppointmentType type = online.type(clinicId, typeId);
		ZoneId zone = online.zone(clinicId);
		String therapistName = online.therapists(clinicId).stream().filter(t -> t.id().equals(therapistId))
			.map(t -> t.name()).findFirst().orElseThrow(() -> new NotFoundException("therapist"));
		boolean signedIn = CurrentUser.find().isPresent();
		boolean ownClient = CurrentUser.find().filter(who -> who.role() == Role.CLIENT && clinicId.equals(who.clinicId()))
			.isPresent();
		model.addAttribute("clinic", online.clinic(clinicId));
		model.addAttribute("type", type);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapistName", therapistName);
		model.addAttribute("start", start);
		model.addAttribute("when", ZonedDateTime.ofInstant(start, zone));
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("ownClient", ownClient);
		model.addAttribute("allowed", !ownClient || online.mayBook(clinicId, CurrentUser.get().clientId(), type));
		return "scheduling/online/confirm";
	}
}
