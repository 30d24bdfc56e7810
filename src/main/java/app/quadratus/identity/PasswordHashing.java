package app.quadratus.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored (PS-04). Every hash names its scheme ({@code {id}} prefix) and the scheme
 * carries its parameters, so older hashes keep verifying and are rewritten at the next sign-in.
 * <p>
 * New hashes: bcrypt (cost {@value #BCRYPT_COST}) of the password's SHA-256, base64 (44 ASCII bytes).
 * Plain bcrypt reads only the first 72 bytes, and Spring Security refuses longer input outright: a
 * 64-character passphrase with accented letters (two bytes each in UTF-8) was a 500. The pre-hash lets
 * every length through and keeps bcrypt's cost. Base64 keeps NUL bytes (which end bcrypt's input) out.
 * <p>
 * Why not Argon2id (PS-04's first choice): Spring Security's Argon2 encoder needs BouncyCastle, which
 * the build cannot resolve from its offline repository; PBKDF2 at today's 600,000 iterations costs
 * several times bcrypt-10 per sign-in on our two-core machines. Moving to Argon2id later is one more
 * entry in this map and a new default: existing hashes upgrade as people sign in.
 */
final class PasswordHashing {

	static final String CURRENT = "bcrypt-sha256";

	static final int BCRYPT_COST = 10;

	private PasswordHashing() {
	}

	static PasswordEncoder encoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(CURRENT,
				Map.of(CURRENT, new PreHashedBCrypt(), "bcrypt", new LegacyBCrypt()));
		// A hash in no scheme we know (or none at all) matches nothing: a wrong password, never a 500.
		encoder.setDefaultPasswordEncoderForMatches(new NothingMatches());
		return encoder;
	}

	private static final class NothingMatches implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("new passwords use " + CURRENT);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}
	}

	/** bcrypt over a SHA-256 pre-hash: any length, any alphabet. */
	static final class PreHashedBCrypt implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_COST);

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(preHash(rawPassword));
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword != null && bcrypt.matches(preHash(rawPassword), encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return bcrypt.upgradeEncoding(encodedPassword);
		}

		private static String preHash(CharSequence raw) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
				return Base64.getEncoder().encodeToString(digest);
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("SHA-256 is part of every JRE", e);
			}
		}
	}

	/**
	 * Hashes written before the pre-hash: still verified. A password over 72 bytes cannot be the one
	 * behind such a hash (it could not have been set), so it simply does not match, where bcrypt would throw.
	 */
	static final class LegacyBCrypt implements PasswordEncoder {

		private static final int BCRYPT_MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("new passwords use " + CURRENT);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword == null
					|| rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
				return false;
			}
			return bcrypt.matches(rawPassword, encodedPassword);
		}
	}
}
