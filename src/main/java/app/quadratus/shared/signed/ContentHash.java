package app.quadratus.shared.signed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (hex) of a signed record's canonical content, stored beside it, so a later check can
 * show the content is what was signed.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/** The hash of the parts in order, each followed by a separator so ("ab","c") differs from ("a","bc"). */
	public static String of(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e);
		}
	}
}
