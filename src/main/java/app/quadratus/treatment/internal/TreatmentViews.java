package app.quadratus.treatment.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.shared.signed.Amendment;

/**
 * The JSON shapes of treatment-api.md, built as ordered maps so every field the contract names is
 * present (null when unset) and nothing internal leaks. Times are ISO-8601 in UTC ("Z").
 */
public final class TreatmentViews {

	private TreatmentViews() {
	}

	public static Map<String, Object> plan(PlanVersion v) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", v.planId());
		json.put("clientId", v.clientId());
		json.put("version", v.version());
		json.put("status", v.status());
		json.put("problems", v.content().problems());
		json.put("goals", v.content().goals().stream().map(TreatmentViews::goal).toList());
		json.put("phases", v.content().phases().stream().map(TreatmentViews::phase).toList());
		json.put("techniques", v.content().techniques().stream().map(Technique::id).toList());
		json.put("reviewOn", v.content().reviewOn() == null ? null : v.content().reviewOn().toString());
		PlanAgreement agreed = v.agreement() != null ? v.agreement() : v.latestAgreed();
		json.put("agreedVersion", agreed == null ? null : agreed.version());
		json.put("agreedAt", agreed == null ? null : time(agreed.agreedAt()));
		json.put("agreedBy", agreed == null ? null : agreed.agreedBy());
		json.put("method", agreed == null ? null : agreed.method().id());
		json.put("createdAt", time(v.signedAt()));
		json.put("createdBy", v.signedBy());
		json.put("contentSha256", v.contentSha256());
		return json;
	}

	static Map<String, Object> goal(PlanGoal g) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", g.id());
		json.put("kind", g.kind().id());
		switch (g.kind()) {
			case MEASURE -> json.put("measure", g.measure());
			case ACTIVITY -> json.put("activity", g.activity());
			case FREE -> json.put("text", g.text());
		}
		if (g.kind() != GoalKind.FREE) {
			json.put("baseline", g.baseline());
			json.put("target", g.target());
		}
		json.put("by", g.by() == null ? null : g.by().toString());
		json.put("description", g.describe());
		return json;
	}

	static Map<String, Object> phase(PlanPhase p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("phase", p.phase().id());
		json.put("until", p.until() == null ? null : p.until().toString());
		json.put("sessionsPerWeek", p.sessionsPerWeek());
		json.put("description", p.description());
		return json;
	}

	public static Map<String, Object> session(TreatmentSession s, List<TriggerPointRelease> releases,
			List<Amendment> amendments, boolean enteredInError) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", s.id());
		json.put("clientId", s.clientId());
		json.put("planId", s.planId());
		json.put("status", s.status());
		json.put("startedAt", time(s.startedAt()));
		json.put("painBefore", s.painBefore());
		json.put("painAfter", s.painAfter());
		json.put("homework", s.homework() == null ? null : s.homework().id());
		json.put("goals", s.goals().stream().map(g -> {
			Map<String, Object> goal = new LinkedHashMap<>();
			goal.put("id", g.id());
			goal.put("planGoalId", g.planGoalId());
			goal.put("text", g.text());
			goal.put("result", g.result() == null ? null : g.result().id());
			return goal;
		}).toList());
		json.put("techniques", s.techniques().stream().map(Technique::id).toList());
		json.put("regionsTreated", s.regionsTreated().stream().map(r -> {
			Map<String, Object> region = new LinkedHashMap<>();
			region.put("region", r.region());
			region.put("side", r.side() == null ? null : r.side().id());
			return region;
		}).toList());
		json.put("releases", releases.stream().map(TreatmentViews::release).toList());
		Map<String, Object> note = new LinkedHashMap<>();
		note.put("subjective", s.note().subjective());
		note.put("objective", s.note().objective());
		note.put("assessment", s.note().assessment());
		note.put("plan", s.note().plan());
		json.put("note", note);
		json.put("signedAt", time(s.signedAt()));
		json.put("signedBy", s.signedBy());
		json.put("contentSha256", s.contentSha256());
		json.put("amendments", amendments.stream().map(TreatmentViews::amendment).toList());
		json.put("enteredInError", enteredInError);
		json.put("createdAt", time(s.createdAt()));
		json.put("changedAt", time(s.changedAt()));
		return json;
	}

	public static Map<String, Object> release(TriggerPointRelease r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("sessionId", r.sessionId());
		json.put("muscle", r.muscle());
		json.put("side", r.side().id());
		json.put("point", r.point());
		json.put("pressure", r.pressure());
		json.put("holdSeconds", r.holdSeconds());
		json.put("referredPainBefore", r.referredPainBefore());
		json.put("referredPainAfter", r.referredPainAfter());
		json.put("outcome", r.outcome().id());
		json.put("clientSaid", r.clientSaid());
		json.put("recordedAt", time(r.recordedAt()));
		return json;
	}

	public static Map<String, Object> amendment(Amendment a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", a.id());
		json.put("reason", a.reason());
		json.put("text", a.text());
		json.put("amendedBy", a.amendedBy());
		json.put("amendedAt", time(a.amendedAt()));
		return json;
	}

	public static Map<String, Object> summary(SessionSummary s, ZoneId zone) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", s.id());
		json.put("date", s.startedAt().atZone(zone).toLocalDate().toString());
		json.put("status", s.status());
		json.put("painBefore", s.painBefore());
		json.put("painAfter", s.painAfter());
		json.put("releaseCount", s.releaseCount());
		json.put("startedAt", time(s.startedAt()));
		return json;
	}

	private static String time(Instant instant) {
		return instant == null ? null : instant.toString();
	}
}
