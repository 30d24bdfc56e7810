package app.quadratus.homework;

import java.util.Arrays;
import java.util.Optional;

/** How an exercise fits a screening pattern, in the contract's words. */
public enum Suitability {
	/** Suggested for the pattern. */
	SUITS("suits"),
	/** Allowed with the change the exercise's precautions state; never suggested automatically. */
	CAUTION("caution"),
	/** Refused for the pattern unless the therapist overrides it with a reason. */
	AVOID("avoid");

	private final String id;

	Suitability(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<Suitability> of(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}
}
