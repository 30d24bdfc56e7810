package app.quadratus.treatment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.quadratus.treatment.internal.PlanContent;
import app.quadratus.treatment.internal.PlanGoal;
import app.quadratus.treatment.internal.PlanPhase;
import app.quadratus.treatment.internal.PlanPhaseKind;
import app.quadratus.treatment.internal.Technique;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan page's form as typed, so it can be shown again with a message beside each bad field. It
 * becomes the API's JSON ({@link #toJson()}) and is read by the core's {@code PlanReader}, so the page
 * and the API accept and refuse exactly the same plans. A goal row counts once it has a target, an
 * activity or a text; the relief, restore and maintain rows count once they have a frequency or date.
 */
public record PlanForm(String problems, List<GoalRow> goals, List<PhaseRow> phases, Set<String> techniques,
		String reviewOn, Integer basedOnVersion) {

	/** Goal rows on the page: the prefilled ones and a few empty ones. */
	static final int GOAL_ROWS = 6;

	public record GoalRow(String id, String kind, String measure, String activity, String text, String baseline,
			String target, String by) {

		static GoalRow empty(String kind) {
			return new GoalRow("", kind, "", "", "", "", "", "");
		}

		boolean filled() {
			return !blank(target) || !blank(activity) || !blank(text);
		}

		public String words() {
			return "free".equals(kind) ? text : activity;
		}
	}

	public record PhaseRow(String phase, String until, String sessionsPerWeek, String description) {

		boolean filled() {
			return !blank(until) || !blank(sessionsPerWeek);
		}
	}

	public static PlanForm read(MultiValueMap<String, String> params) {
		List<GoalRow> goals = new ArrayList<>();
		for (int i = 0; i < GOAL_ROWS; i++) {
			String p = "goals[" + i + "].";
			// One "words" box per row: the activity of an activity goal, the text of a goal in words.
			String kind = v(params, p + "kind");
			String words = v(params, p + "words");
			goals.add(new GoalRow(v(params, p + "id"), kind, v(params, p + "measure"),
					kind.equals("activity") ? words : "", kind.equals("free") ? words : "", v(params, p + "baseline"),
					v(params, p + "target"), v(params, p + "by")));
		}
		List<PhaseRow> phases = new ArrayList<>();
		for (PlanPhaseKind kind : PlanPhaseKind.values()) {
			String p = "phases[" + kind.ordinal() + "].";
			phases.add(new PhaseRow(kind.id(), v(params, p + "until"), v(params, p + "sessionsPerWeek"),
					v(params, p + "description")));
		}
		Set<String> techniques = new LinkedHashSet<>(params.getOrDefault("techniques", List.of()));
		Integer basedOn = null;
		try {
			basedOn = Integer.valueOf(v(params, "basedOnVersion"));
		}
		catch (NumberFormatException e) {
			// a new plan has none
		}
		return new PlanForm(v(params, "problems"), goals, phases, techniques, v(params, "reviewOn"), basedOn);
	}

	/** A version's content as the form shows it, for a revision. */
	public static PlanForm of(PlanContent content, Integer basedOnVersion) {
		List<GoalRow> goals = new ArrayList<>();
		for (PlanGoal g : content.goals()) {
			goals.add(new GoalRow(g.id().toString(), g.kind().id(), s(g.measure()), s(g.activity()), s(g.text()),
					n(g.baseline()), n(g.target()), g.by() == null ? "" : g.by().toString()));
		}
		pad(goals);
		List<PhaseRow> phases = new ArrayList<>();
		for (PlanPhaseKind kind : PlanPhaseKind.values()) {
			PlanPhase phase = content.phases().stream().filter(p -> p.phase() == kind).findFirst().orElse(null);
			phases.add(phase == null ? new PhaseRow(kind.id(), "", "", "")
					: new PhaseRow(kind.id(), phase.until() == null ? "" : phase.until().toString(),
							n(phase.sessionsPerWeek()), s(phase.description())));
		}
		Set<String> techniques = new LinkedHashSet<>();
		content.techniques().forEach(t -> techniques.add(t.id()));
		return new PlanForm(String.join("\n", content.problems()), goals, phases, techniques,
				content.reviewOn() == null ? "" : content.reviewOn().toString(), basedOnVersion);
	}

	/** A first plan: problems from the assessment, measure goals from the latest scores. */
	public static PlanForm prefilled(List<String> problems, List<GoalRow> measureGoals, LocalDate reviewOn) {
		List<GoalRow> goals = new ArrayList<>(measureGoals);
		pad(goals);
		List<PhaseRow> phases = List.of(new PhaseRow("relief", "", "1", ""), new PhaseRow("restore", "", "", ""),
				new PhaseRow("maintain", "", "", ""));
		Set<String> techniques = new LinkedHashSet<>(List.of(Technique.TRIGGER_POINT_THERAPY.id()));
		return new PlanForm(String.join("\n", problems), goals, phases, techniques,
				reviewOn == null ? "" : reviewOn.toString(), null);
	}

	/** The request the API would receive; field paths (goals[2].target) match the rows of the page. */
	public ObjectNode toJson() {
		JsonNodeFactory f = JsonNodeFactory.instance;
		ObjectNode body = f.objectNode();
		ArrayNode problemList = body.putArray("problems");
		problems.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(problemList::add);
		ArrayNode goalList = body.putArray("goals");
		for (GoalRow g : goals) {
			if (!g.filled()) {
				continue;
			}
			ObjectNode goal = goalList.addObject();
			put(goal, "id", g.id());
			put(goal, "kind", g.kind());
			switch (g.kind()) {
				case "measure" -> {
					put(goal, "measure", g.measure());
					number(goal, "baseline", g.baseline());
					number(goal, "target", g.target());
				}
				case "activity" -> {
					put(goal, "activity", g.activity());
					number(goal, "baseline", g.baseline());
					number(goal, "target", g.target());
				}
				default -> put(goal, "text", g.text());
			}
			put(goal, "by", g.by());
		}
		ArrayNode phaseList = body.putArray("phases");
		for (PhaseRow p : phases) {
			if (p.filled()) {
				ObjectNode phase = phaseList.addObject();
				phase.put("phase", p.phase());
				put(phase, "until", p.until());
				number(phase, "sessionsPerWeek", p.sessionsPerWeek());
				put(phase, "description", p.description());
			}
		}
		ArrayNode techniqueList = body.putArray("techniques");
		techniques.forEach(techniqueList::add);
		put(body, "reviewOn", reviewOn);
		return body;
	}

	/**
	 * The page's name of an API field path: problems are one text box, goals are numbered by the rows
	 * that count (the API skips empty rows), so goals[1] is the second filled row on the page.
	 */
	public String pageField(String apiField) {
		if (apiField.startsWith("problems")) {
			return "problems";
		}
		if (apiField.startsWith("goals[")) {
			int close = apiField.indexOf(']');
			int sent = Integer.parseInt(apiField.substring(6, close));
			int row = -1;
			for (int i = 0, seen = -1; i < goals.size(); i++) {
				if (goals.get(i).filled() && ++seen == sent) {
					row = i;
					break;
				}
			}
			return row < 0 ? "goals" : "goals[" + row + "]" + apiField.substring(close + 1);
		}
		if (apiField.startsWith("phases[")) {
			int close = apiField.indexOf(']');
			int sent = Integer.parseInt(apiField.substring(7, close));
			int row = -1;
			for (int i = 0, seen = -1; i < phases.size(); i++) {
				if (phases.get(i).filled() && ++seen == sent) {
					row = i;
					break;
				}
			}
			return row < 0 ? "phases" : "phases[" + row + "]" + apiField.substring(close + 1);
		}
		if (apiField.startsWith("techniques")) {
			return "techniques";
		}
		return apiField;
	}

	private static void pad(List<GoalRow> goals) {
		String[] kinds = { "activity", "free", "measure" };
		for (int i = 0; goals.size() < GOAL_ROWS; i++) {
			goals.add(GoalRow.empty(kinds[i % kinds.length]));
		}
	}

	private static void put(ObjectNode node, String name, String value) {
		if (!blank(value)) {
			node.put(name, value.strip());
		}
	}

	/** A number when it reads as one; otherwise the text, which the reader then names as "must be a number". */
	private static void number(ObjectNode node, String name, String value) {
		if (blank(value)) {
			return;
		}
		try {
			node.put(name, new BigDecimal(value.strip().replace(',', '.')));
		}
		catch (NumberFormatException e) {
			node.put(name, value.strip());
		}
	}

	private static String v(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

	private static String s(String value) {
		return value == null ? "" : value;
	}

	private static String n(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
