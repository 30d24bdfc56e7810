package app.quadratus.outcomes;

import java.util.ArrayList;
import java.util.List;

import app.quadratus.shared.InvalidFieldException;
import tools.jackson.databind.JsonNode;

/**
 * Reads answers out of a JSON tree, naming the exact field of anything wrong ({@code answers.lifting},
 * {@code answers[3]}) so the client can point at the question, not at the request.
 */
final class Answers {

	static final String FIELD = "answers";

	private Answers() {
	}

	static boolean isAbsent(JsonNode node) {
		return node == null || node.isMissingNode() || node.isNull();
	}

	/** The answers as an object of item id to answer; unknown ids are refused, never silently ignored. */
	static JsonNode byItem(Instrument instrument, JsonNode answers) {
		if (isAbsent(answers) || !answers.isObject()) {
			throw new InvalidFieldException(FIELD, "must be an object of item id to answer");
		}
		List<InvalidFieldException.FieldProblem> unknown = new ArrayList<>();
		for (String id : answers.propertyNames()) {
			if (instrument.item(id).isEmpty()) {
				unknown.add(new InvalidFieldException.FieldProblem(FIELD + "." + id,
						"is not an item of the " + instrument.title()));
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidFieldException(unknown);
		}
		return answers;
	}

	/** The answers as a list whose length must lie between min and max (equal for fixed-length forms). */
	static JsonNode list(JsonNode answers, int min, int max) {
		if (isAbsent(answers) || !answers.isArray()) {
			throw new InvalidFieldException(FIELD, "must be a list of answers");
		}
		int size = answers.size();
		if (size < min || size > max) {
			String expected = min == max ? "exactly " + min : min + " to " + max;
			throw new InvalidFieldException(FIELD, "must hold " + expected + " answers, not " + size);
		}
		return answers;
	}

	/** The option a required answer picks. */
	static Option required(Item item, JsonNode answer, String field) {
		if (isAbsent(answer)) {
			throw new InvalidFieldException(field, "is required");
		}
		return item.option(answer).orElseThrow(() -> new InvalidFieldException(field, "must be " + item.allowed()));
	}

	static String itemField(String id) {
		return FIELD + "." + id;
	}

	static String indexField(int index) {
		return FIELD + "[" + index + "]";
	}
}
