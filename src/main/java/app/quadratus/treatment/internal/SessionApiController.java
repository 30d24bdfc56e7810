package app.quadratus.treatment.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.signed.Amendment;
import app.quadratus.treatment.ReleaseResult;
import app.quadratus.treatment.SessionPage;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.TreatmentSessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** The sessions of treatment-api.md: check-in, merge-patch edits, the release log, signing, amendments, the list. */
@RestController
@ClinicalAccess
class SessionApiController {

	static final int MAX_KEY_LENGTH = 64;

	static final int MAX_LIMIT = 100;

	private final TreatmentSessions sessions;

	private final Atlas atlas;

	private final Clinics clinics;

	private final java.time.Clock clock;

	SessionApiController(TreatmentSessions sessions, Atlas atlas, Clinics clinics, java.time.Clock clock) {
		this.clock = clock;
		this.sessions = sessions;
		this.atlas = atlas;
		this.clinics = clinics;
	}

	@PostMapping(path = "/api/v1/clients/{clientId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> checkIn(@PathVariable UUID clientId,
			@RequestBody(required = false) JsonNode body) {
		sessions.requireClient(clientId);
		SessionReader reader = new SessionReader(atlas);
		// Everything in a check-in is optional, so no body at all is an empty check-in.
		var checkIn = reader.checkIn(body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
				: FieldReader.body(body));
		var session = sessions.checkIn(clientId, checkIn, reader.fields());
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
			.body(TreatmentViews.session(session, java.util.List.of(), java.util.List.of(), false));
	}

	@GetMapping(path = "/api/v1/clients/{clientId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> list(@PathVariable UUID clientId, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String before) {
		sessions.requireClient(clientId);
		int size = limit(limit);
		SessionCursor cursor = before == null || before.isBlank() ? null : SessionCursor.decode(before)
			.orElseThrow(() -> new InvalidFieldException("before", "is not a cursor from a previous page"));
		SessionPage page = sessions.page(clientId, size, cursor);
		var zone = clinics.zoneOf(CurrentUser.clinicId());
		Map<String, Object> json = new java.util.LinkedHashMap<>();
		json.put("items", page.items().stream().map(s -> TreatmentViews.summary(s, zone)).toList());
		json.put("next", page.next());
		return json;
	}

	@GetMapping(path = "/api/v1/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> open(@PathVariable UUID id) {
		return view(sessions.open(id));
	}

	@PatchMapping(path = "/api/v1/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> edit(@PathVariable UUID id, @RequestBody JsonNode body) {
		return view(sessions.edit(id, current -> {
			SessionReader reader = new SessionReader(atlas);
			TreatmentSession edited = reader.patch(current, body);
			return new TreatmentSessions.Edit(edited, reader.patchedGoals(body), reader.fields());
		}));
	}

	@PostMapping(path = "/api/v1/sessions/{id}/releases", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> addRelease(@PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody JsonNode body) {
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, key == null || key.isBlank()
					? "The Idempotency-Key header is required." : "The Idempotency-Key header must be at most 64 characters.");
		}
		ReleaseResult result = sessions.addRelease(id, key, session -> new ReleaseReader(atlas).read(body, session.id(),
				CurrentUser.get().accountId(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/sessions/" + id))
			.body(TreatmentViews.release(result.release()));
	}

	@PostMapping(path = "/api/v1/sessions/{id}/sign", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> sign(@PathVariable UUID id) {
		return view(sessions.sign(id));
	}

	@PostMapping(path = "/api/v1/sessions/{id}/amendments", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> amend(@PathVariable UUID id, @RequestBody JsonNode body) {
		FieldReader fields = new FieldReader();
		JsonNode object = FieldReader.body(body);
		String reason = fields.text(object.get("reason"), "reason", 500, false);
		String text = fields.text(object.get("text"), "text", 8000, false);
		if (!fields.ok()) {
			sessions.open(id);
			fields.done();
		}
		Amendment amendment = sessions.amend(id, reason, text);
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + id)).body(TreatmentViews.amendment(amendment));
	}

	/** Hides the session from the client's list and timeline; it is never deleted and stays in the export. */
	@PostMapping(path = "/api/v1/sessions/{id}/entered-in-error", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> enteredInError(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		FieldReader fields = new FieldReader();
		String reason = body == null || !body.isObject() ? null : fields.text(body.get("reason"), "reason", 500, false);
		fields.done();
		sessions.markEnteredInError(id, reason);
		return view(sessions.open(id));
	}

	private static Map<String, Object> view(SessionRecord r) {
		return TreatmentViews.session(r.session(), r.releases(), r.amendments(), r.enteredInError());
	}

	private static int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return 20;
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidFieldException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
	}
}
