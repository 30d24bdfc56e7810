package app.quadratus.outcomes;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/** What an item's answer looks like in JSON: a whole number, true/false, or an option word. */
public enum AnswerKind {

	NUMBER, BOOLEAN, WORD;

	/**
	 * The answer in the canonical text of {@link Option#value()}, or null when it is not of this kind
	 * (a string where a number belongs, 2.5 for a whole-number item). 3.0 counts as 3: JSON does not
	 * distinguish them.
	 */
	String canonical(JsonNode answer) {
		switch (this) {
			case NUMBER:
				if (!answer.isNumber()) {
					return null;
				}
				BigDecimal value = Numbers.decimal(answer);
				return value != null && Scale.isWhole(value) ? value.toBigIntegerExact().toString() : null;
			case BOOLEAN:
				return answer.isBoolean() ? String.valueOf(answer.booleanValue()) : null;
			default:
				return answer.isString() ? answer.stringValue() : null;
		}
	}

	static AnswerKind of(JsonNode optionValue) {
		if (optionValue.isIntegralNumber()) {
			return NUMBER;
		}
		if (optionValue.isBoolean()) {
			return BOOLEAN;
		}
		if (optionValue.isString()) {
			return WORD;
		}
		throw new IllegalArgumentException("an option value must be a whole number, a boolean or a word");
	}
}
