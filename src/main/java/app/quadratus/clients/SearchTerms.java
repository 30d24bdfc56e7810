package app.quadratus.clients;

import java.util.Locale;

/**
 * The lower-case and digits-only forms that search compares with, so that "starts with" is a plain
 * indexed prefix match on every database.
 */
final class SearchTerms {

	private SearchTerms() {
	}

	/**
	 * Control characters, lone surrogates and noncharacters (U+FFFF and kin) are in no one's name: they are
	 * dropped, so that a bound built from the text is always a string both databases accept.
	 */
	private static final java.util.regex.Pattern NOT_IN_A_NAME = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Cn}]");

	static String text(String value) {
		if (value == null) {
			return null;
		}
		String clean = NOT_IN_A_NAME.matcher(value).replaceAll("").trim();
		return clean.isEmpty() ? null : clean.toLowerCase(Locale.ROOT);
	}

	/** "+44 7700 900123" and "07700 900123" both become "07700900123". */
	static String phone(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[^0-9]", "");
		if (value.trim().startsWith("+44") && digits.startsWith("44")) {
			digits = "0" + digits.substring(2);
		}
		return digits.isEmpty() ? null : digits;
	}

	/**
	 * The exclusive upper bound of the strings that start with a prefix: "smi" gives "smj". Compared as
	 * a range, "starts with" needs no LIKE, so both databases use an index even for a bound parameter.
	 */
	static String upperBound(String prefix) {
		// U+FFFF has no next character ("+ 1" wrapped to U+0000, which PostgreSQL refuses): drop it and
		// step the character before it instead, as "az" bounds "ay" followed by anything.
		int end = prefix.length();
		while (end > 0 && prefix.charAt(end - 1) == Character.MAX_VALUE) {
			end--;
		}
		if (end == 0) {
			return String.valueOf(Character.MAX_VALUE).repeat(prefix.length() + 1);
		}
		char last = prefix.charAt(end - 1);
		return prefix.substring(0, end - 1) + (char) (last + 1);
	}
}
