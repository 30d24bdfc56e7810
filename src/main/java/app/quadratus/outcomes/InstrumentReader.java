package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Turns one instrument file into an {@link Instrument}, refusing a file the scoring rules cannot use.
 * A clinic may replace these files (licensed item wording, say); a broken replacement must stop the
 * application at start-up, not produce wrong scores later.
 */
final class InstrumentReader {

	private static final Map<OutcomeMeasure, List<String>> REQUIRED_PARAMETERS = Map.of(
			OutcomeMeasure.ODI, List.of("minimumAnswered"),
			OutcomeMeasure.STARTBACK, List.of("lowRiskMaxTotal", "highRiskMinDistress"),
			OutcomeMeasure.PSFS, List.of("minimumActivities", "maximumActivities"));

	private final String file;

	private InstrumentReader(String file) {
		this.file = file;
	}

	static Instrument read(OutcomeMeasure measure, String file, JsonNode root) {
		try {
			return new InstrumentReader(file).instrument(measure, root);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(file + ": " + e.getMessage(), e);
		}
	}

	private Instrument instrument(OutcomeMeasure measure, JsonNode root) {
		String id = text(root, "instrument");
		check(measure.id().equals(id), "instrument", "must be '" + measure.id() + "', not '" + id + "'");
		JsonNode scale = required(root, "scale");
		String better = text(root, "better");
		check(better.equals("lower") || better.equals("higher"), "better", "must be 'lower' or 'higher'");
		Instrument instrument = new Instrument(measure, text(root, "title"), text(root, "version"),
				optionalText(root, "loinc"), strings(root.path("codes")), text(root, "licence"),
				new Scale(integer(scale, "min"), integer(scale, "max"), integer(scale, "decimals")),
				better.equals("lower") ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER,
				minimalImportantChange(root.path("minimalImportantChange")), integers(root.path("parameters")),
				bands(root.path("bands")), items(root));
		for (String parameter : REQUIRED_PARAMETERS.getOrDefault(measure, List.of())) {
			check(instrument.parameters().containsKey(parameter), "parameters", "must define " + parameter);
		}
		return instrument;
	}

	private MinimalImportantChange minimalImportantChange(JsonNode node) {
		if (Answers.isAbsent(node)) {
			return null;
		}
		BigDecimal points = Numbers.decimal(node.get("points"));
		check(points != null && points.signum() > 0, "minimalImportantChange.points", "must be a positive number");
		JsonNode percent = node.get("percentOfBaseline");
		BigDecimal share = Answers.isAbsent(percent) ? null : Numbers.decimal(percent);
		check(Answers.isAbsent(percent) || (share != null && share.signum() > 0),
				"minimalImportantChange.percentOfBaseline", "must be a positive number");
		return new MinimalImportantChange(points, share, text(node, "source"));
	}

	private List<Band> bands(JsonNode node) {
		List<Band> bands = new ArrayList<>();
		for (JsonNode band : node) {
			bands.add(new Band(text(band, "id"), integer(band, "from"), integer(band, "to"), text(band, "text")));
		}
		return bands;
	}

	private List<Item> items(JsonNode root) {
		JsonNode items = required(root, "items");
		check(items.isArray() && !items.isEmpty(), "items", "must list at least one item");
		Set<String> ids = new HashSet<>();
		List<Item> result = new ArrayList<>();
		for (JsonNode item : items) {
			String id = text(item, "id");
			check(ids.add(id), "items", "repeats the id '" + id + "'");
			JsonNode options = item.path("options");
			if (options.isString()) {
				options = root.path("optionSets").path(options.stringValue());
			}
			check(options.isArray() && !options.isEmpty(), "items." + id + ".options", "must list the options");
			AnswerKind kind = AnswerKind.of(required(options.get(0), "value"));
			result.add(new Item(id, text(item, "text"), optionalText(item, "subscale"), kind, options(id, kind, options)));
		}
		return result;
	}

	private List<Option> options(String itemId, AnswerKind kind, JsonNode options) {
		Set<String> values = new HashSet<>();
		List<Option> result = new ArrayList<>();
		for (JsonNode option : options) {
			String field = "items." + itemId + ".options";
			JsonNode value = required(option, "value");
			check(AnswerKind.of(value) == kind, field, "mixes kinds of value");
			String canonical = kind.canonical(value);
			check(values.add(canonical), field, "repeats the value " + canonical);
			// A number's points default to the number itself (ODI 0–5, LEFS 0–4); words and booleans must say.
			int points = option.has("points") || kind != AnswerKind.NUMBER ? integer(option, "points")
					: value.intValue();
			result.add(new Option(canonical, text(option, "text"), points));
		}
		return result;
	}

	private Map<String, String> strings(JsonNode node) {
		Map<String, String> result = new LinkedHashMap<>();
		node.propertyNames().forEach(name -> result.put(name, text(node, name)));
		return result;
	}

	private Map<String, Integer> integers(JsonNode node) {
		Map<String, Integer> result = new LinkedHashMap<>();
		node.propertyNames().forEach(name -> result.put(name, integer(node, name)));
		return result;
	}

	private JsonNode required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		check(!Answers.isAbsent(value), field, "is required");
		return value;
	}

	private String text(JsonNode node, String field) {
		JsonNode value = required(node, field);
		check(value.isString() && !value.stringValue().isBlank(), field, "must be text");
		return value.stringValue();
	}

	private String optionalText(JsonNode node, String field) {
		return Answers.isAbsent(node.get(field)) ? null : text(node, field);
	}

	private int integer(JsonNode node, String field) {
		JsonNode value = required(node, field);
		check(value.isIntegralNumber() && value.canConvertToInt(), field, "must be a whole number");
		return value.intValue();
	}

	private void check(boolean condition, String field, String problem) {
		if (!condition) {
			throw new IllegalStateException(file + ": " + field + " " + problem);
		}
	}
}
