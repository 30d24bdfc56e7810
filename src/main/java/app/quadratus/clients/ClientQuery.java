package app.quadratus.clients;

/** A search: the words typed, whether archived clients count, and which page. */
public record ClientQuery(String text, boolean includeArchived, int limit, int offset) {

	public static final int MAX_LIMIT = 100;

	/** Far past any clinic's list, and small enough that offset + limit never overflows. */
	public static final int MAX_OFFSET = 1_000_000;

	public ClientQuery {
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
		offset = Math.max(0, Math.min(offset, MAX_OFFSET));
	}

	/** The digits of a query that looks like a phone number (only digits, spaces, +, brackets, dashes). */
	String phoneDigits() {
		if (text == null || !text.strip().matches("\\+?[0-9 ()\\-]{3,}")) {
			return null;
		}
		String digits = SearchTerms.phone(text.strip());
		return digits != null && digits.length() >= 3 ? digits : null;
	}

	String[] words() {
		String normal = SearchTerms.text(text);
		return normal == null ? new String[0] : normal.split("\\s+");
	}
}
