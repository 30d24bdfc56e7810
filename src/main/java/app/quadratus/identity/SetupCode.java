package app.quadratus.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time code that first-run setup asks for, printed in the server's log while no clinic exists:
 * reaching an exposed server first is not enough to become its owner, reading its log is needed. Five
 * wrong codes replace it with a new one (printed again), so guessing gets nowhere.
 * <p>
 * Held in the database (V51: one row, fixed key), so every application instance accepts the same code
 * and counts the same wrong ones (five in all, not five per instance). Only the code's hash is stored;
 * the code itself exists only in the log of the instance that made it.
 */
@Component
class SetupCode {

	static final int WRONG_CODES_BEFORE_NEW_ONE = 5;

	private static final Logger log = LoggerFactory.getLogger(SetupCode.class);

	/** No 0/O, 1/I/L: the code is read from a log and typed by hand. 12 of 31 symbols: about 59 bits. */
	private static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The last code this instance printed: only {@link #current()} (for tests) reads it. */
	private volatile String printed;

	SetupCode(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Stored(String hash, OffsetDateTime createdAt) {
	}

	/** Instances started within this time of each other share the code the first of them made. */
	static final Duration STARTED_TOGETHER = Duration.ofMinutes(1);

	/**
	 * Makes and prints a code unless one is in force already: when several instances start at once, one
	 * insert wins and only that instance prints; the others say where the code is. A code made more than
	 * a minute ago is replaced (and printed) instead: an operator who restarts a single server to find the
	 * code again gets a new one in the log in front of them.
	 */
	void printUnlessOneIsInForce() {
		if (create() || replaceIfMadeBefore(clock.instant().minus(STARTED_TOGETHER))) {
			return;
		}
		stored().ifPresent(code -> log.warn("First-run setup code: the code in force was made at {} and printed in the log of "
				+ "the instance that made it (another instance, or this one at an earlier start); five wrong codes on "
				+ "/setup replace it with a new one, printed by the instance that receives the fifth", code.createdAt()));
	}

	/**
	 * True if the typed code is the one in force, whatever the case, spaces or dashes. Compared in constant
	 * time (as hashes, so not even the length shows in the timing). A wrong code counts towards replacing it.
	 */
	boolean accepts(String typed) {
		Optional<Stored> inForce = stored();
		if (inForce.isEmpty()) {
			printUnlessOneIsInForce();
			return false;
		}
		byte[] expected = inForce.get().hash().getBytes(StandardCharsets.US_ASCII);
		byte[] given = OneTimeSecret.hash(normalise(typed)).getBytes(StandardCharsets.US_ASCII);
		if (MessageDigest.isEqual(expected, given)) {
			return true;
		}
		countWrongCode(inForce.get().hash());
		return false;
	}

	/**
	 * The code in force, if this instance printed it (made and printed if there is none). For tests: the
	 * application shows a code nowhere but in the log.
	 *
	 * @throws IllegalStateException if another instance printed the code in force
	 */
	String current() {
		if (stored().isEmpty()) {
			printUnlessOneIsInForce();
		}
		String mine = printed;
		if (mine == null || !stored().map(Stored::hash).orElse("").equals(OneTimeSecret.hash(normalise(mine)))) {
			throw new IllegalStateException("the setup code in force was printed by another instance");
		}
		return mine;
	}

	/**
	 * Once the clinic exists the code has done its work. Called in the transaction that creates the clinic
	 * and its owner: the row stays locked until it commits, so of two setups at once the second finds no
	 * code and is refused.
	 *
	 * @return false if there was no code to discard (another setup took it)
	 */
	boolean discard() {
		printed = null;
		return jdbc.sql("delete from setup_code where id = 1").update() == 1;
	}

	/** True if this instance's insert made the code (and printed it); false if one was in force. */
	private boolean create() {
		String code = newCode();
		try {
			boolean made = jdbc.sql("""
					insert into setup_code (id, code_hash, wrong_codes, created_at)
					select 1, :hash, 0, :now where not exists (select 1 from setup_code where id = 1)""")
				.param("hash", OneTimeSecret.hash(normalise(code)))
				.param("now", SqlTime.of(clock.instant()))
				.update() == 1;
			if (made) {
				print(code);
			}
			return made;
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			return false;
		}
	}

	/** True if this instance replaced a code made before that time (one instance wins), and printed it. */
	private boolean replaceIfMadeBefore(Instant cutoff) {
		String fresh = newCode();
		boolean replaced = jdbc.sql("""
				update setup_code set code_hash = :fresh, created_at = :now, wrong_codes = 0
				where id = 1 and created_at < :cutoff""")
			.param("fresh", OneTimeSecret.hash(normalise(fresh)))
			.param("now", SqlTime.of(clock.instant()))
			.param("cutoff", SqlTime.of(cutoff))
			.update() == 1;
		if (replaced) {
			print(fresh);
		}
		return replaced;
	}

	/**
	 * Counts a wrong code in one conditional UPDATE, which also replaces the code on the fifth: of several
	 * instances counting at once, the database serialises the updates on the row, so exactly one of them
	 * sees the fifth and replaces the code, with a code only it knows, which it prints. A wrong code typed
	 * against a code that was replaced meanwhile is not counted: it was compared with a code no longer in force.
	 */
	private void countWrongCode(String against) {
		String fresh = newCode();
		String freshHash = OneTimeSecret.hash(normalise(fresh));
		// Assignments in this order: the last one changes wrong_codes, which the others read.
		int counted = jdbc.sql("""
				update setup_code set
				  code_hash = case when wrong_codes + 1 >= :limit then :fresh else code_hash end,
				  created_at = case when wrong_codes + 1 >= :limit then :now else created_at end,
				  wrong_codes = case when wrong_codes + 1 >= :limit then 0 else wrong_codes + 1 end
				where id = 1 and code_hash = :against""")
			.param("limit", WRONG_CODES_BEFORE_NEW_ONE)
			.param("fresh", freshHash)
			.param("now", SqlTime.of(clock.instant()))
			.param("against", against)
			.update();
		if (counted == 1 && stored().map(Stored::hash).filter(freshHash::equals).isPresent()) {
			log.warn("{} wrong setup codes were typed on /setup: the code is replaced; the new one is printed below by "
					+ "this instance, and a code printed before (here or by another instance) no longer works",
					WRONG_CODES_BEFORE_NEW_ONE);
			print(fresh);
		}
	}

	private Optional<Stored> stored() {
		return jdbc.sql("select code_hash, created_at from setup_code where id = 1")
			.query((rs, row) -> new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
			.optional();
	}

	private void print(String code) {
		printed = code;
		log.warn("First-run setup code: {} (no clinic exists yet: open /setup and type this code to create the clinic and its owner; "
				+ "with several instances, only the code printed last, by whichever instance, works)", code);
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(i > 0 && i % 4 == 0 ? "-" : "").append(SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length())));
		}
		return code.toString();
	}

	private static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}
}
