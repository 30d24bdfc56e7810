package app.quadratus.shared;

import java.util.List;

/**
 * Input that parsed but makes no sense (an unknown id, a value out of range): answers 422 naming each
 * offending field, or shows the message beside the field on a form.
 */
public class InvalidFieldException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidFieldException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public InvalidFieldException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid-field error needs at least one field");
		}
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	public record FieldProblem(String field, String message) {
	}
}
