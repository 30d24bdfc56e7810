package app.quadratus.outcomes;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a follow-up score compares with the baseline, for the client. */
public enum Direction {

	IMPROVED, WORSENED, UNCHANGED;

	@JsonValue
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
