package app.quadratus.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import app.quadratus.shared.signed.ContentHash;
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

	/** The hash scheme of versions written now: the shared {@link ContentHash}. */
	static final int HASH_SCHEME = 2;

	/**
	 * The content hash of stored findings and screening under the scheme the version records: 1 for
	 * versions written before assessments joined the shared mechanism (V45), whose hashes must still
	 * verify; 2 for the shared {@link ContentHash}.
	 */
	static String hash(int scheme, String findings, String screening) {
		return switch (scheme) {
			case 1 -> newlineJoinedSha256(findings, screening);
			case HASH_SCHEME -> ContentHash.of(findings, screening);
			default -> throw new IllegalArgumentException("unknown content hash scheme " + scheme);
		};
	}

	/** Scheme 1: hex SHA-256 of the findings and the screening as stored, separated by a newline. */
	private static String newlineJoinedSha256(String findings, String screening) {
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
