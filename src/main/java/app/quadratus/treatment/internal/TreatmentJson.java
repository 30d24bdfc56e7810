package app.quadratus.treatment.internal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of plan content and session parts: JSON written by a mapper of our own (not the
 * web's, whose settings may change) so that content and its SHA-256 stay stable.
 */
public final class TreatmentJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TreatmentJson() {
	}

	public static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	public static <T> T read(String json, TypeReference<T> type) {
		return JSON.readValue(json, type);
	}
}
