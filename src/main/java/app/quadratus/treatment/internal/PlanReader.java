package app.quadratus.treatment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.MeasureCatalogue;
import tools.jackson.databind.JsonNode;

/**
 * Turns a plan request (treatment-api.md) into {@link PlanContent}, naming every bad field: goal kinds
 * and their fields, measure ids and their ranges, activity ratings 0 to 10, phases, techniques, dates.
 */
public final class PlanReader {

	static final int MAX_ITEMS = 50;

	private static final BigDecimal TEN = BigDecimal.TEN;

	private final MeasureCatalogue measures;

	private final FieldReader fields = new FieldReader();

	public PlanReader(MeasureCatalogue measures) {
		this.measures = measures;
	}

	public FieldReader fields() {
		return fields;
	}

	/** The plan's content; throws every problem at once. */
	public PlanContent read(JsonNode body) {
		PlanContent content = readWithoutThrowing(body);
		fields.done();
		return content;
	}

	PlanContent readWithoutThrowing(JsonNode body) {
		List<String> problems = new ArrayList<>();
		List<JsonNode> sentProblems = fields.array(body.get("problems"), "problems", false);
		for (int i = 0; i < sentProblems.size(); i++) {
			String problem = fields.text(sentProblems.get(i), "problems[" + i + "]", 1000, true);
			if (problem != null) {
				problems.add(problem);
			}
		}
		List<JsonNode> sentGoals = fields.array(body.get("goals"), "goals", true);
		if (sentGoals.isEmpty() && !FieldReader.absent(body.get("goals")) && body.get("goals").isArray()) {
			fields.problem("goals", "must hold at least one goal");
		}
		List<PlanGoal> goals = new ArrayList<>();
		for (int i = 0; i < sentGoals.size() && i < MAX_ITEMS; i++) {
			PlanGoal goal = goal(sentGoals.get(i), "goals[" + i + "]");
			if (goal != null) {
				goals.add(goal);
			}
		}
		List<PlanPhase> phases = new ArrayList<>();
		List<JsonNode> sentPhases = fields.array(body.get("phases"), "phases", false);
		for (int i = 0; i < sentPhases.size() && i < MAX_ITEMS; i++) {
			PlanPhase phase = phase(sentPhases.get(i), "phases[" + i + "]");
			if (phase != null) {
				phases.add(phase);
			}
		}
		List<Technique> techniques = new ArrayList<>();
		List<JsonNode> sentTechniques = fields.array(body.get("techniques"), "techniques", false);
		for (int i = 0; i < sentTechniques.size(); i++) {
			Technique t = fields.term(Technique.class, sentTechniques.get(i), "techniques[" + i + "]", true);
			if (t != null && !techniques.contains(t)) {
				techniques.add(t);
			}
		}
		if (sentGoals.size() > MAX_ITEMS || sentPhases.size() > MAX_ITEMS) {
			fields.problem(sentGoals.size() > MAX_ITEMS ? "goals" : "phases", "must hold at most " + MAX_ITEMS);
		}
		LocalDate reviewOn = fields.date(body.get("reviewOn"), "reviewOn", false);
		return new PlanContent(problems, goals, phases, techniques, reviewOn);
	}

	private PlanGoal goal(JsonNode node, String path) {
		if (!fields.object(node, path, true)) {
			return null;
		}
		UUID id = fields.uuid(node.get("id"), path + ".id", false);
		GoalKind kind = fields.term(GoalKind.class, node.get("kind"), path + ".kind", true);
		LocalDate by = fields.date(node.get("by"), path + ".by", kind == GoalKind.FREE);
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case MEASURE -> {
				String measure = fields.text(node.get("measure"), path + ".measure", 20, true);
				if (measure != null && !measures.ids().contains(measure)) {
					fields.problem(path + ".measure", "is not one of " + String.join(", ", measures.ids()));
					measure = null;
				}
				BigDecimal baseline = score(node.get("baseline"), path + ".baseline", measure);
				BigDecimal target = score(node.get("target"), path + ".target", measure);
				yield measure == null || baseline == null || target == null ? null
						: new PlanGoal(id, kind, measure, null, null, baseline, target, by);
			}
			case ACTIVITY -> {
				String activity = fields.text(node.get("activity"), path + ".activity", 200, true);
				BigDecimal baseline = fields.number(node.get("baseline"), path + ".baseline", BigDecimal.ZERO, TEN, true);
				BigDecimal target = fields.number(node.get("target"), path + ".target", BigDecimal.ZERO, TEN, true);
				yield activity == null || baseline == null || target == null ? null
						: new PlanGoal(id, kind, null, activity, null, baseline, target, by);
			}
			case FREE -> {
				String text = fields.text(node.get("text"), path + ".text", 500, true);
				yield text == null || by == null ? null : new PlanGoal(id, kind, null, null, text, null, null, by);
			}
		};
	}

	private BigDecimal score(JsonNode value, String field, String measure) {
		BigDecimal score = fields.number(value, field, null, null, true);
		if (score != null && measure != null && !measures.admits(measure, score)) {
			fields.problem(field, "must be " + measures.describe(measure));
			return null;
		}
		return score;
	}

	private PlanPhase phase(JsonNode node, String path) {
		if (!fields.object(node, path, true)) {
			return null;
		}
		PlanPhaseKind kind = fields.term(PlanPhaseKind.class, node.get("phase"), path + ".phase", true);
		LocalDate until = fields.date(node.get("until"), path + ".until", false);
		BigDecimal perWeek = fields.number(node.get("sessionsPerWeek"), path + ".sessionsPerWeek", BigDecimal.ZERO,
				BigDecimal.valueOf(14), false);
		if (perWeek != null && perWeek.signum() == 0) {
			fields.problem(path + ".sessionsPerWeek", "must be more than 0");
		}
		String description = fields.text(node.get("description"), path + ".description", 300, false);
		return kind == null ? null : new PlanPhase(kind, until, perWeek, description);
	}
}
