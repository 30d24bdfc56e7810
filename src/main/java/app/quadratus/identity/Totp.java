package app.quadratus.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, with the parameters every authenticator
 * app uses by default: HMAC-SHA-1, six digits, 30-second steps. A code is accepted one step either
 * side of now, so a phone clock a little off still works. Written here rather than taken from a
 * library: the algorithm is twenty lines, the RFC's test vectors prove it, and the Java libraries for
 * it are unmaintained.
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	/** 160 bits: the key length RFC 4226 recommends for HMAC-SHA-1. */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/** The number of the 30-second step an instant falls in (T in RFC 6238, with T0 = 0). */
	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	static String code(byte[] secret, long step) {
		return code("HmacSHA1", secret, step, DIGITS);
	}

	/** RFC 4226's HOTP with the step as counter; the other algorithms are here for the RFC's vectors. */
	static String code(String hmacAlgorithm, byte[] secret, long step, int digits) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance(hmacAlgorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(hmacAlgorithm + " is part of every JRE", e);
		}
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	/**
	 * The step whose code this is, looking one step either side of now; empty if none. Every candidate
	 * is compared, in constant time, so the answer's timing says nothing about which step matched.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		long current = stepAt(now);
		long matched = Long.MIN_VALUE;
		byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		for (long step = current - 1; step <= current + 1; step++) {
			byte[] expected = code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, given) && matched == Long.MIN_VALUE) {
				matched = step;
			}
		}
		return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
	}
}
