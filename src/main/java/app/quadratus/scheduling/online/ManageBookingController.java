package app.quadratus.scheduling.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.quadratus.scheduling.BookingConflict;
import app.quadratus.scheduling.BookingLinks;
import app.quadratus.scheduling.OnlineBookings;
import app.quadratus.scheduling.Waitlist;
import app.quadratus.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The booking link from the confirmation email (cancel or move without signing in, until the clinic's
 * cut-off) and a waitlist offer (the signed-in client it was made to confirms it; first come, first served).
 */
@Controller
class ManageBookingController {

	/** A move is offered within two weeks around the booking, with the booking's therapist. */
	static final int MOVE_DAYS = 14;

	private final BookingLinks links;

	private final OnlineBookings online;

	private final Waitlist waitlist;

	ManageBookingController(BookingLinks links, OnlineBookings online, Waitlist waitlist) {
		this.links = links;
		this.online = online;
		this.waitlist = waitlist;
	}

	@GetMapping("/book/manage/{secret}")
	String show(@PathVariable String secret, Model model) {
		BookingLinks.Linked linked = links.find(secret);
		model.addAttribute("linked", linked);
		model.addAttribute("secret", secret);
		model.addAttribute("when", linked.appointment().start().atZone(linked.zone()));
		model.addAttribute("cutoff", linked.cutoff().atZone(linked.zone()));
		List<OnlineBookings.OpenSlot> moves = List.of();
		if (linked.changeable()) {
			// Around the booking's own day: a client moving a visit usually wants one near it.
			LocalDate today = LocalDate.now(linked.zone());
			LocalDate around = linked.appointment().start().atZone(linked.zone()).toLocalDate().minusDays(MOVE_DAYS / 2);
			LocalDate first = around.isBefore(today) ? today : around;
			moves = online.slots(linked.appointment().clinicId(), linked.appointment().typeId(),
					linked.appointment().therapistId(), first, first.plusDays(MOVE_DAYS)).stream()
				.filter(s -> !s.start().isBefore(online.cutoffPassedBy(linked.appointment().clinicId())))
				.toList();
		}
		model.addAttribute("moves", moves);
		return "scheduling/online/manage";
	}

	@PostMapping("/book/manage/{secret}/cancel")
	String cancel(@PathVariable String secret, RedirectAttributes redirect) {
		try {
			links.cancel(secret);
			redirect.addFlashAttribute("flash", "booking.manage.cancelled");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e.getMessage());
		}
		return "redirect:/book/manage/" + secret;
	}

	@PostMapping("/book/manage/{secret}/move")
	String move(@PathVariable String secret, @RequestParam Instant start, RedirectAttributes redirect) {
		try {
			links.move(secret, start);
			redirect.addFlashAttribute("flash", "booking.manage.moved");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", e instanceof BookingConflict ? "booking.slot.gone" : e.getMessage());
		}
		return "redirect:/book/manage/" + secret;
	}

	@GetMapping("/book/offer/{secret}")
	String offer(@PathVariable String secret, Model model) {
		Waitlist.Offered offered = waitlist.offer(secret);
		model.addAttribute("offered", offered);
		model.addAttribute("secret", secret);
		model.addAttribute("when", offered.start().atZone(online.zone(offered.clinicId())));
		return "scheduling/online/offer";
	}

	@PostMapping("/book/offer/{secret}")
	String take(@PathVariable String secret, RedirectAttributes redirect) {
		try {
			OnlineBookings.Booked booked = waitlist.take(secret);
			return "redirect:/book/manage/" + booked.linkSecret() + "?booked";
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("flashError", "booking.offer.gone");
			return "redirect:/book/offer/" + secret;
		}
	}
}
