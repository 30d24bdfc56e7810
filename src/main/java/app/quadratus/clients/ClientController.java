package app.quadratus.clients;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.quadratus.identity.Accounts;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Search, create and edit clients; the front-desk details page. The chart is ClientChartController. */
@Controller
@StaffAccess
class ClientController {

	private static final int PAGE_SIZE = 20;

	/**
	 * Beyond this many matches the list says "100 or more": refine the search rather than page on. Counting
	 * reads one index entry per match up to the cap; at 500 the count cost more than the search itself.
	 */
	static final int COUNT_CAP = 100;

	static final int MAX_PAGE = ClientQuery.MAX_OFFSET / PAGE_SIZE;

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final Accounts accounts;

	private final MessageSource messages;

	ClientController(ClientRecords clients, ClientConsents consents, Accounts accounts, MessageSource messages) {
		this.clients = clients;
		this.consents = consents;
		this.accounts = accounts;
		this.messages = messages;
	}

	// Only the form's binder: an unnamed @InitBinder ran for every request parameter's conversion, each
	// call through this controller's method-security proxy (JFR: 5% of a search request on PostgreSQL).
	@InitBinder("client")
	void refuseIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId");
	}

	@GetMapping("/clients")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request, Locale locale,
			Model model) {
		// A page past any real one (or a negative one) shows a sane page; never an int overflow in the offset.
		int safePage = Math.min(Math.max(0, page), MAX_PAGE);
		ClientPage result = clients.search(new ClientQuery(q, archived, PAGE_SIZE, safePage * PAGE_SIZE),
				COUNT_CAP + safePage * PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("archived", archived);
		model.addAttribute("page", safePage);
		model.addAttribute("result", result);
		model.addAttribute("countCapped", result.total() >= COUNT_CAP + (long) safePage * PAGE_SIZE);
		model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < result.total());
		var rendering = new ClientRow.Rendering(request.getContextPath(), CurrentUser.get().role().seesClinicalRecords(),
				messages.getMessage("clients.archived", null, locale), accounts.staffNames());
		model.addAttribute("rows", result.items().stream().map(c -> ClientRow.of(c, rendering)).toList());
		return htmx != null ? "clients/search :: results" : "clients/search";
	}

	@GetMapping("/clients/new")
	String newForm(Model model) {
		return form(new ClientForm(), null, List.of(), model);
	}

	@PostMapping("/clients")
	String create(@Valid @ModelAttribute("client") ClientForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(form, null, List.of(), model);
		}
		List<ClientSummary> duplicates = clients.possibleDuplicates(form);
		if (!duplicates.isEmpty() && !form.isDuplicateConfirmed()) {
			return form(form, null, duplicates, model);
		}
		Client client;
		try {
			client = clients.create(form);
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), "client.therapist.invalid", p.message()));
			return form(form, null, List.of(), model);
		}
		redirect.addFlashAttribute("flash", "client.created");
		return "redirect:" + landing(client.id());
	}

	@GetMapping("/clients/{id}/details")
	String details(@PathVariable UUID id, Model model) {
		Client client = clients.details(id);
		model.addAttribute("client", client);
		model.addAttribute("consents", consents.of(id));
		model.addAttribute("therapistName", accounts.nameOf(client.therapistId()));
		return "clients/details";
	}

	@GetMapping("/clients/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		return form(ClientForm.of(clients.details(id)), id, List.of(), model);
	}

	@PostMapping("/clients/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("client") ClientForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(form, id, List.of(), model);
		}
		try {
			clients.update(id, form);
		}
		catch (ConflictException e) {
			model.addAttribute("flashError", e.getMessage());
			return form(form, id, List.of(), model);
		}
		catch (InvalidFieldException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), "client.therapist.invalid", p.message()));
			return form(form, id, List.of(), model);
		}
		redirect.addFlashAttribute("flash", "client.saved");
		return "redirect:" + landing(id);
	}

	@PostMapping("/clients/{id}/archive")
	String archive(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			clients.archive(id, reason);
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", "client.archive.reasonTooLong");
			return "redirect:/clients/" + id + "/details";
		}
		redirect.addFlashAttribute("flash", "client.archived");
		return "redirect:/clients/" + id + "/details";
	}

	@PostMapping("/clients/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		clients.restore(id);
		redirect.addFlashAttribute("flash", "client.restored");
		return "redirect:/clients/" + id + "/details";
	}

	@PostMapping("/clients/{id}/consents")
	String grant(@PathVariable UUID id, @RequestParam ConsentKind kind, @RequestParam(defaultValue = "") String scope,
			RedirectAttributes redirect) {
		try {
			consents.grant(id, kind, scope.isBlank() ? null : scope.strip());
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flashError", "consent.scopeTooLong");
			return "redirect:/clients/" + id + "/details#consents";
		}
		redirect.addFlashAttribute("flash", "consent.recorded");
		return "redirect:/clients/" + id + "/details#consents";
	}

	@PostMapping("/clients/{id}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes redirect) {
		consents.withdraw(id, consentId);
		redirect.addFlashAttribute("flash", "consent.withdrawn");
		return "redirect:/clients/" + id + "/details#consents";
	}

	private String form(ClientForm form, UUID id, List<ClientSummary> duplicates, Model model) {
		model.addAttribute("client", form);
		model.addAttribute("clientId", id);
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("therapists", accounts.staff());
		return "clients/form";
	}

	/** Therapists go on to the chart; reception, who may not see it, to the details page. */
	private static String landing(UUID id) {
		return CurrentUser.get().role().seesClinicalRecords() ? "/clients/" + id : "/clients/" + id + "/details";
	}
}
