package app.quadratus.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * One question of an instrument and its permitted answers.
 *
 * @param subscale the subscale the item also counts towards (STarT Back {@code distress}); null if none
 */
public record Item(String id, String text, String subscale, AnswerKind kind, List<Option> options) {

	public Item {
		options = List.copyOf(options);
	}

	/** The option this answer picks; empty when the answer is of the wrong kind or not an option. */
	public Optional<Option> option(JsonNode answer) {
		String canonical = answer == null ? null : kind.canonical(answer);
		return options.stream().filter(option -> option.value().equals(canonical)).findFirst();
	}

	public int maxPoints() {
		return options.stream().mapToInt(Option::points).max().orElse(0);
	}

	public boolean belongsTo(String subscaleName) {
		return subscaleName.equals(subscale);
	}

	/** The permitted answers in words, for an error message: "a whole number from 0 to 5". */
	public String allowed() {
		switch (kind) {
			case NUMBER:
				int min = options.stream().mapToInt(o -> Integer.parseInt(o.value())).min().orElse(0);
				int max = options.stream().mapToInt(o -> Integer.parseInt(o.value())).max().orElse(0);
				return max - min + 1 == options.size() ? "a whole number from " + min + " to " + max
						: "one of " + values();
			case BOOLEAN:
				return "true or false";
			default:
				return "one of " + values();
		}
	}

	private String values() {
		return options.stream().map(Option::value).collect(Collectors.joining(", "));
	}
}
