package app.quadratus.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a one-time link: 256 random bits, base64url without padding (43 characters), of which
 * only the SHA-256 (hex) is stored, so a copy of the database cannot be used to follow a link.
 */
public final class OneTimeSecret {

	/** The length of a secret from {@link #newSecret()}. */
	public static final int LENGTH = 43;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeSecret() {
	}

	/** A fresh secret for a link. */
	public static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** What is stored in place of the secret: its SHA-256 as lower-case hex. */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e);
		}
	}
}
