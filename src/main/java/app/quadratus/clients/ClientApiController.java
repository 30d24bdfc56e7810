package app.quadratus.clients;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.InvalidFieldException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Clients section of the core API contract (shared/contracts/core-api.md). */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

	private final ClientRecords clients;

	ClientApiController(ClientRecords clients) {
		this.clients = clients;
	}

	@GetMapping
	Map<String, Object> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "false") boolean includeArchived) {
		// Out of range is refused rather than quietly clamped, so a caller's paging bug shows.
		if (limit < 1 || limit > ClientQuery.MAX_LIMIT) {
			throw new InvalidFieldException("limit", "must be between 1 and " + ClientQuery.MAX_LIMIT);
		}
		if (offset < 0 || offset > ClientQuery.MAX_OFFSET) {
			throw new InvalidFieldException("offset", "must be between 0 and " + ClientQuery.MAX_OFFSET);
		}
		ClientPage page = clients.search(new ClientQuery(q, includeArchived, limit, offset));
		return Map.of("items", page.items().stream().map(ClientJson::of).toList(), "total", page.total());
	}

	@GetMapping("/{id}")
	ClientJson get(@PathVariable UUID id) {
		return ClientJson.of(clients.details(id));
	}

	@PostMapping
	ResponseEntity<ClientJson> create(@Valid @RequestBody ClientForm form) {
		boolean duplicate = !clients.possibleDuplicates(form).isEmpty();
		Client client = clients.create(form);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(client.id()).toUri();
		return ResponseEntity.created(location).body(ClientJson.of(client).withPossibleDuplicate(duplicate));
	}

	@PutMapping("/{id}")
	ClientJson update(@PathVariable UUID id, @Valid @RequestBody ClientForm form) {
		return ClientJson.of(clients.update(id, form));
	}
}
