package app.quadratus.clients;

import java.util.Locale;

/**
 * The lower-case and digits-only forms that search compares with, so that "starts with" is a plain
 * indexed prefix match on every database.
 */
final class SearchTerms {

	private SearchTerms() {
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
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
		char last = prefix.charAt(prefix.length() - 1);
		return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
	}
}
