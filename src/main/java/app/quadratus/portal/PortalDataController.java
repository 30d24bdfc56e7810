package app.quadratus.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.clients.ClientConsents;
import app.quadratus.clients.ClientRecords;
import app.quadratus.outcomes.OutcomeProgress;
import app.quadratus.treatment.ClientPlans;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Download my data (PS-28): what the client gave the clinic and what they were shown in the portal —
 * details, consents, plans in words, pain diary, questionnaire scores. The therapist's own notes are not
 * in it: the client asks for them here and staff review the request.
 */
@Controller
@PreAuthorize("hasRole('CLIENT')")
class PortalDataController {

	private final ClientRecords clients;

	private final ClientConsents consents;

	private final ClientPlans plans;

	private final PainDiary diary;

	private final OutcomeProgress progress;

	private final RecordAccessRequests requests;

	PortalDataController(ClientRecords clients, ClientConsents consents, ClientPlans plans, PainDiary diary,
			OutcomeProgress progress, RecordAccessRequests requests) {
		this.clients = clients;
		this.consents = consents;
		this.plans = plans;
		this.diary = diary;
		this.progress = progress;
		this.requests = requests;
	}

	@GetMapping("/portal/data.json")
	ResponseEntity<Map<String, Object>> json() {
		var client = clients.mine();
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("givenName", client.givenName());
		details.put("familyName", client.familyName());
		details.put("dateOfBirth", client.dateOfBirth());
		details.put("email", client.email());
		details.put("phone", client.phone());
		details.put("address", client.addressLine());
		details.put("town", client.town());
		details.put("postcode", client.postcode());
		details.put("occupation", client.occupation());
		details.put("gp", client.gpName());
		details.put("emergencyContact", client.emergencyContactName());
		data.put("details", details);
		data.put("consents", consents.mine().stream().map(c -> Map.of("kind", c.kind().name(), "givenAt", c.grantedAt(),
				"withdrawnAt", c.withdrawnAt() == null ? "" : c.withdrawnAt())).toList());
		data.put("plans", plans.mine());
		data.put("painDiary", diary.all());
		data.put("questionnaires", progress.forSelf().measures().stream()
			.map(m -> Map.of("measure", m.instrument().title(), "scores", m.points().stream()
				.map(p -> Map.of("date", p.date(), "score", p.display(m.decimals()))).toList()))
			.toList());
		data.put("notIncluded", List.of("Your therapist's own notes: ask for them from your details page."));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(data);
	}

	@PostMapping("/portal/data/request")
	String request(@RequestParam(required = false) String details, RedirectAttributes redirect) {
		requests.request(details);
		redirect.addFlashAttribute("flash", "portal.data.requested");
		return "redirect:/portal/details";
	}
}
