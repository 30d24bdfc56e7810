package app.quadratus.treatment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.Atlas;
import app.quadratus.atlas.BodySide;
import tools.jackson.databind.JsonNode;

/**
 * Reads a session's check-in (POST) and its edits (PATCH, a JSON merge patch: a field sent replaces
 * that field, a field left out stays, {@code null} clears it), naming every bad field.
 */
public final class SessionReader {

	/** A goal as sent: an existing session goal ({@code id}), a plan goal, or new words; with its result. */
	public record GoalInput(String path, UUID id, UUID planGoalId, String text, GoalResult result) {
	}

	/** The check-in of a new session. */
	public record CheckIn(UUID planId, Integer painBefore, HomeworkDone homework, List<GoalInput> goals) {
	}

	private final Atlas atlas;

	private final FieldReader fields = new FieldReader();

	public SessionReader(Atlas atlas) {
		this.atlas = atlas;
	}

	public FieldReader fields() {
		return fields;
	}

	public CheckIn checkIn(JsonNode body) {
		requireObject(body);
		UUID planId = fields.uuid(body.get("planId"), "planId", false);
		Integer painBefore = fields.integer(body.get("painBefore"), "painBefore", 0, 10, false);
		HomeworkDone homework = fields.term(HomeworkDone.class, body.get("homework"), "homework", false);
		List<GoalInput> goals = goals(body.get("goals"));
		return new CheckIn(planId, painBefore, homework, goals);
	}

	/**
	 * The session with the patch applied; goals are returned apart ({@code null} when not sent) because
	 * plan goals are resolved against the plan by the caller.
	 */
	public TreatmentSession patch(TreatmentSession current, JsonNode body) {
		requireObject(body);
		Integer painBefore = body.has("painBefore")
				? fields.integer(body.get("painBefore"), "painBefore", 0, 10, false) : current.painBefore();
		Integer painAfter = body.has("painAfter")
				? fields.integer(body.get("painAfter"), "painAfter", 0, 10, false) : current.painAfter();
		HomeworkDone homework = body.has("homework")
				? fields.term(HomeworkDone.class, body.get("homework"), "homework", false) : current.homework();
		List<Technique> techniques = body.has("techniques") ? techniques(body.get("techniques")) : current.techniques();
		List<RegionTreated> regions = body.has("regionsTreated") ? regions(body.get("regionsTreated"))
				: current.regionsTreated();
		SoapNote note = body.has("note") ? note(current.note(), body.get("note")) : current.note();
		return new TreatmentSession(current.id(), current.clientId(), current.planId(), current.status(),
				current.startedAt(), painBefore, painAfter, homework, current.goals(), techniques, regions, note, null,
				null, null, current.createdBy(), current.createdAt(), current.changedBy(), current.changedAt());
	}

	/** The goals sent in a patch; null when the patch leaves them as they are. */
	public List<GoalInput> patchedGoals(JsonNode body) {
		return body != null && body.isObject() && body.has("goals") ? goals(body.get("goals")) : null;
	}

	private void requireObject(JsonNode body) {
		if (body == null || !body.isObject()) {
			fields.problem("body", "must be a JSON object");
			fields.done();
		}
	}

	private List<GoalInput> goals(JsonNode value) {
		List<GoalInput> goals = new ArrayList<>();
		List<JsonNode> items = fields.array(value, "goals", false);
		for (int i = 0; i < items.size() && i < PlanReader.MAX_ITEMS; i++) {
			String path = "goals[" + i + "]";
			JsonNode item = items.get(i);
			if (!fields.object(item, path, true)) {
				continue;
			}
			UUID id = fields.uuid(item.get("id"), path + ".id", false);
			UUID planGoalId = fields.uuid(item.get("planGoalId"), path + ".planGoalId", false);
			String text = fields.text(item.get("text"), path + ".text", 500, false);
			GoalResult result = fields.term(GoalResult.class, item.get("result"), path + ".result", false);
			if (id == null && planGoalId == null && text == null && FieldReader.absent(item.get("id"))
					&& FieldReader.absent(item.get("planGoalId"))) {
				fields.problem(path + ".text", "is required: send planGoalId or text");
			}
			goals.add(new GoalInput(path, id, planGoalId, text, result));
		}
		if (items.size() > PlanReader.MAX_ITEMS) {
			fields.problem("goals", "must hold at most " + PlanReader.MAX_ITEMS);
		}
		return goals;
	}

	private List<Technique> techniques(JsonNode value) {
		List<Technique> techniques = new ArrayList<>();
		List<JsonNode> items = fields.array(value, "techniques", false);
		for (int i = 0; i < items.size(); i++) {
			Technique t = fields.term(Technique.class, items.get(i), "techniques[" + i + "]", true);
			if (t != null && !techniques.contains(t)) {
				techniques.add(t);
			}
		}
		return techniques;
	}

	private List<RegionTreated> regions(JsonNode value) {
		List<RegionTreated> regions = new ArrayList<>();
		List<JsonNode> items = fields.array(value, "regionsTreated", false);
		for (int i = 0; i < items.size() && i < 100; i++) {
			String path = "regionsTreated[" + i + "]";
			if (!fields.object(items.get(i), path, true)) {
				continue;
			}
			String region = fields.text(items.get(i).get("region"), path + ".region", 60, true);
			if (region != null && atlas.region(region).isEmpty()) {
				fields.problem(path + ".region", "is not a known region id");
				region = null;
			}
			BodySide side = fields.term(BodySide.class, items.get(i).get("side"), path + ".side", false);
			if (region != null) {
				regions.add(new RegionTreated(region, side));
			}
		}
		return regions;
	}

	private SoapNote note(SoapNote current, JsonNode value) {
		if (FieldReader.absent(value)) {
			return SoapNote.EMPTY;
		}
		if (!fields.object(value, "note", false)) {
			return current;
		}
		return new SoapNote(part(value, "subjective", current.subjective()), part(value, "objective", current.objective()),
				part(value, "assessment", current.assessment()), part(value, "plan", current.plan()));
	}

	private String part(JsonNode note, String name, String current) {
		return note.has(name) ? fields.text(note.get(name), "note." + name, 8000, false) : current;
	}
}
