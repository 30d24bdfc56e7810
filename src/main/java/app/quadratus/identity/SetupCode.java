package app.quadratus.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import app.quadratus.shared.OneTimeSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time code that first-run setup asks for, printed in the server's log at start while no
 * clinic exists: reaching an exposed server first is not enough to become its owner, reading its log
 * is needed. Kept in memory only. Five wrong codes replace it with a new one (printed again), so
 * guessing gets nowhere.
 */
@Component
class SetupCode {

	static final int WRONG_CODES_BEFORE_NEW_ONE = 5;

	private static final Logger log = LoggerFactory.getLogger(SetupCode.class);

	/** No 0/O, 1/I/L: the code is read from a log and typed by hand. 12 of 31 symbols: about 59 bits. */
	private static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private String code;

	private int wrongCodes;

	SetupCode(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printWhileNoClinicExists() {
		if (!accounts.anyExists()) {
			current();
		}
	}

	/** The code in force, made (and printed) when first needed. */
	synchronized String current() {
		if (code == null) {
			StringBuilder fresh = new StringBuilder();
			for (int i = 0; i < 12; i++) {
				fresh.append(i > 0 && i % 4 == 0 ? "-" : "").append(SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
			}
			code = fresh.toString();
			wrongCodes = 0;
			log.warn("First-run setup code: {} (no clinic exists yet: open /setup and type this code to create the clinic and its owner)",
					code);
		}
		return code;
	}

	/**
	 * True if the typed code is the one in the log, whatever the case, spaces or dashes. Compared in
	 * constant time (as hashes, so not even the length shows in the timing).
	 */
	synchronized boolean accepts(String typed) {
		byte[] expected = OneTimeSecret.hash(normalise(current())).getBytes(StandardCharsets.US_ASCII);
		byte[] given = OneTimeSecret.hash(typed == null ? "" : normalise(typed)).getBytes(StandardCharsets.US_ASCII);
		if (MessageDigest.isEqual(expected, given)) {
			return true;
		}
		if (++wrongCodes >= WRONG_CODES_BEFORE_NEW_ONE) {
			log.warn("{} wrong setup codes were typed on /setup: the code is replaced", WRONG_CODES_BEFORE_NEW_ONE);
			code = null;
			current();
		}
		return false;
	}

	/** Once the clinic exists the code has done its work. */
	synchronized void used() {
		code = null;
	}

	private static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}
}
