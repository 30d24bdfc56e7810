package app.quadratus.outcomes;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The questionnaires Quadratus scores. The set is closed because each has its own published scoring
 * rule written in Java; what they ask and their parameters are data ({@link Instrument}).
 */
public enum OutcomeMeasure {

	NPRS("nprs"), ODI("odi"), RMDQ("rmdq"), STARTBACK("startback"), PSFS("psfs"), LEFS("lefs");

	private final String id;

	OutcomeMeasure(String id) {
		this.id = id;
	}

	/** The id used in URLs, files and JSON, e.g. {@code odi}. */
	@JsonValue
	public String id() {
		return id;
	}

	/** The measure with this exact id; empty for anything else (ids are lower case). */
	public static Optional<OutcomeMeasure> fromId(String id) {
		return Arrays.stream(values()).filter(measure -> measure.id.equals(id)).findFirst();
	}
}
