package app.quadratus.screening;

import java.util.List;

/**
 * A rule that fired: a stable code, what it means in a therapist's words, and the published sources it
 * rests on (never empty).
 */
public record Finding(String code, String text, List<String> sources) {

	public Finding {
		sources = List.copyOf(sources);
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("finding " + code + " needs at least one source");
		}
	}
}
