package app.quadratus.treatment.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.Muscle;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.treatment.ReleaseResult;
import app.quadratus.treatment.SessionRecord;
import app.quadratus.treatment.SessionRegions;
import app.quadratus.treatment.TreatmentSessions;
import app.quadratus.treatment.internal.FieldReader;
import app.quadratus.treatment.internal.RegionMarkRepository.Mark;
import app.quadratus.treatment.internal.RegionTreated;
import app.quadratus.treatment.internal.ReleaseReader;
import app.quadratus.treatment.internal.TriggerPointRelease;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * Session mode's release log for session-mode.js: same origin, the page's signed-in session and its CSRF
 * token (not the API's Basic authentication). A release is sent with the Idempotency-Key the tablet made
 * for it, so a retry after a dropped connection is stored once; the answer is the whole log as stored,
 * which the page redraws, so two tabs on one draft each see the other's entries.
 */
@RestController
class SessionModeController {

	static final int MAX_KEY_LENGTH = 64;

	private final TreatmentSessions sessions;

	private final Atlas atlas;

	private final SessionRegions regions;

	private final Clock clock;

	SessionModeController(TreatmentSessions sessions, SessionRegions regions, Atlas atlas, Clock clock) {
		this.sessions = sessions;
		this.regions = regions;
		this.atlas = atlas;
		this.clock = clock;
	}

	@GetMapping(path = "/clients/{id}/sessions/{sessionId}/releases", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> log(@PathVariable UUID id, @PathVariable UUID sessionId) {
		return view(SessionPageController.ofClient(id, sessions.open(sessionId)), null);
	}

	@PostMapping(path = "/clients/{id}/sessions/{sessionId}/releases", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> add(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody JsonNode body) {
		requireKey(key);
		SessionPageController.ofClient(id, sessions.open(sessionId));
		ReleaseResult result = sessions.addRelease(sessionId, key, session -> new ReleaseReader(atlas).read(body,
				session.id(), CurrentUser.get().accountId(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(view(sessions.open(sessionId), result.release().id()));
	}

	/**
	 * One tap on the body chart: {@code {"region", "side", "treated"}} under the tablet's Idempotency-Key;
	 * answers the regions treated as stored, which the page redraws.
	 */
	@PostMapping(path = "/clients/{id}/sessions/{sessionId}/regions", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> markRegion(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody JsonNode body) {
		requireKey(key);
		SessionPageController.ofClient(id, sessions.open(sessionId));
		FieldReader fields = new FieldReader();
		JsonNode json = FieldReader.body(body);
		String region = fields.text(json.get("region"), "region", 60, true);
		if (region != null && atlas.region(region).isEmpty()) {
			fields.problem("region", "is not a known region id");
		}
		BodySide side = fields.term(BodySide.class, json.get("side"), "side", false);
		JsonNode treated = json.get("treated");
		if (treated == null || !treated.isBoolean()) {
			fields.problem("treated", "must be true or false");
		}
		fields.done();
		List<RegionTreated> stored = regions.mark(sessionId, key, new Mark(region, side, treated.booleanValue()));
		return Map.of("regions", regions(stored));
	}

	static List<Map<String, Object>> regions(List<RegionTreated> regions) {
		return regions.stream().map(r -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("region", r.region());
			json.put("side", r.side() == null ? null : r.side().id());
			return json;
		}).toList();
	}

	private static void requireKey(String key) {
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The Idempotency-Key header is required (at most 64 characters).");
		}
	}

	private Map<String, Object> view(SessionRecord record, UUID saved) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("saved", saved);
		json.put("status", record.session().status());
		json.put("releases", record.releases().stream().map(this::release).toList());
		json.put("regions", regions(record.session().regionsTreated()));
		return json;
	}

	private Map<String, Object> release(TriggerPointRelease r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("muscle", r.muscle());
		json.put("muscleName", atlas.muscle(r.muscle()).map(Muscle::name).orElse(r.muscle()));
		json.put("side", r.side().id());
		json.put("pressure", r.pressure());
		json.put("holdSeconds", r.holdSeconds());
		json.put("referredPainBefore", r.referredPainBefore());
		json.put("referredPainAfter", r.referredPainAfter());
		json.put("outcome", r.outcome().id());
		json.put("outcomeLabel", r.outcome().label());
		return json;
	}

}
