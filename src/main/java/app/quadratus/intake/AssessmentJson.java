package app.quadratus.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of findings and screening: JSON written by a mapper of our own (not the web's, whose
 * settings may change) so that the content and its SHA-256 stay stable.
 */
final class AssessmentJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AssessmentJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static AssessmentFindings findings(String json) {
		return JSON.readValue(json, AssessmentFindings.class);
	}

	static ScreeningSnapshot screening(String json) {
		return JSON.readValue(json, ScreeningSnapshot.class);
	}

	/** Hex SHA-256 of the findings and the screening as stored, separated by a newline. */
	static String sha256(String findings, String screening) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((findings + "\n" + screening).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
