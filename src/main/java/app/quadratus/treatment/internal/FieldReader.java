package app.quadratus.treatment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.atlas.Term;
import app.quadratus.atlas.Terms;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON request, collecting every problem with the path of its field
 * ({@code goals[1].target}) so a caller can fix them all at once; {@link #done()} throws them as one
 * 422. A field that is absent or null is "not given": a problem only when required. One per request.
 */
public final class FieldReader {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** The request body, which must be a JSON object. */
	public static JsonNode body(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidFieldException("body", "must be a JSON object");
		}
		return body;
	}

	public static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	public void problem(String field, String message) {
		problems.add(new FieldProblem(field, message));
	}

	public boolean ok() {
		return problems.isEmpty();
	}

	/** @throws InvalidFieldException naming every field with a problem, if any */
	public void done() {
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
	}

	public Integer integer(JsonNode value, String field, int min, int max, boolean required) {
		BigDecimal number = number(value, field, BigDecimal.valueOf(min), BigDecimal.valueOf(max), required);
		if (number == null) {
			return null;
		}
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			problem(field, "must be a whole number");
			return null;
		}
		return number.intValue();
	}

	public BigDecimal number(JsonNode value, String field, BigDecimal min, BigDecimal max, boolean required) {
		if (absent(value)) {
			return missing(field, required);
		}
		if (!value.isNumber() || ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue()))) {
			problem(field, "must be a number");
			return null;
		}
		BigDecimal number = value.decimalValue();
		if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
			problem(field, max == null ? "must be at least " + min : "must be between " + min + " and " + max);
			return null;
		}
		return number;
	}

	/** Text stripped of surrounding blanks; blank text counts as not given. */
	public String text(JsonNode value, String field, int maxLength, boolean required) {
		if (absent(value)) {
			return missing(field, required);
		}
		if (!value.isString()) {
			problem(field, "must be text");
			return null;
		}
		String text = value.stringValue().strip();
		if (text.isEmpty()) {
			return missing(field, required);
		}
		if (text.length() > maxLength) {
			problem(field, "must be at most " + maxLength + " characters");
			return null;
		}
		return text;
	}

	public LocalDate date(JsonNode value, String field, boolean required) {
		String text = text(value, field, 10, required);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			problem(field, "must be a date YYYY-MM-DD");
			return null;
		}
	}

	public UUID uuid(JsonNode value, String field, boolean required) {
		String text = text(value, field, 36, required);
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			problem(field, "is not a valid id");
			return null;
		}
	}

	public <T extends Enum<T> & Term> T term(Class<T> vocabulary, JsonNode value, String field, boolean required) {
		if (absent(value)) {
			return missing(field, required);
		}
		T term = value.isString() ? Terms.byId(vocabulary, value.stringValue()).orElse(null) : null;
		if (term == null) {
			problem(field, "is not one of " + Arrays.stream(vocabulary.getEnumConstants()).map(Term::id)
				.collect(Collectors.joining(", ")));
		}
		return term;
	}

	/** The array's elements; an absent array is empty, anything else but an array is a problem. */
	public List<JsonNode> array(JsonNode value, String field, boolean required) {
		if (absent(value)) {
			missing(field, required);
			return List.of();
		}
		if (!value.isArray()) {
			problem(field, "must be a list");
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	public boolean object(JsonNode value, String field, boolean required) {
		if (absent(value)) {
			missing(field, required);
			return false;
		}
		if (!value.isObject()) {
			problem(field, "must be an object");
			return false;
		}
		return true;
	}

	private <T> T missing(String field, boolean required) {
		if (required) {
			problem(field, "is required");
		}
		return null;
	}
}
