package app.quadratus.outcomes;

/**
 * One permitted answer to an item.
 *
 * @param value the answer as sent, in canonical text: {@code "3"}, {@code "true"}, {@code "very_much"}
 * @param points what the answer adds to the total (STarT Back "slightly" adds 0, "very_much" 1)
 */
public record Option(String value, String text, int points) {
}
