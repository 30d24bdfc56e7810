package app.quadratus.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.stereotype.Component;

/**
 * The address half of sign-in throttling (the account half is {@link LoginThrottle}'s lock).
 * <ul>
 * <li>An address with {@value #FAILURES_BEFORE_BLOCK} failed sign-ins within {@link #WINDOW} (whatever the
 * accounts) may not sign in for {@link #BLOCK}: a guesser is slowed far more than the account is.</li>
 * <li>An address an account has signed in from before is "known" for it and is not held back by that
 * account's lock, so failures from elsewhere cannot keep the real holder out; it still counts towards,
 * and is held back by, its own address limit, so guessing from a known address stays bounded.</li>
 * </ul>
 * The machine's own address is never blocked: behind a reverse proxy that does not forward the client's
 * address, every request would come from it and one guesser would shut everyone out (the README says
 * how to forward it); the account lock still applies. Kept in the database (V41), so every application
 * instance counts the same failures and knows the same addresses, and a restart forgets nothing. IPv6 addresses count by their /64,
 * the block one subscriber is given, so that rotating addresses within it does not reset the count.
 */
@Component
class SignInAddresses {

	/** Above the account lock's five: a clinic's staff often share one address (NAT) and mistype too. */
	static final int FAILURES_BEFORE_BLOCK = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration BLOCK = Duration.ofMinutes(15);

	private static final int KNOWN_PER_ACCOUNT = 20;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignInAddresses(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	private record Failures(int count, Instant since, Instant blockedUntil) {
	}

	/** Counts a failed sign-in from this address; true when that starts a block. */
	boolean recordFailure(String address) {
		if (address == null || isLoopback(address)) {
			return false;
		}
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_address_failure where since < ? and (blocked_until is null or blocked_until < ?)")
			.params(SqlTime.of(now.minus(WINDOW).minus(BLOCK)), SqlTime.of(now))
			.update();
		try {
			return count(key(address), now);
		}
		catch (DuplicateKeyException firstFailureOnTwoInstancesAtOnce) {
			return count(key(address), now);
		}
	}

	/** One row per address, locked while it is counted, so two instances never lose a failure. */
	private boolean count(String key, Instant now) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			Optional<Failures> found = jdbc
				.sql("select failures, since, blocked_until from sign_in_address_failure where address = ? for update")
				.param(key)
				.query((rs, n) -> new Failures(rs.getInt("failures"), instant(rs.getObject("since", OffsetDateTime.class)),
						instant(rs.getObject("blocked_until", OffsetDateTime.class))))
				.optional();
			if (found.isEmpty()) {
				jdbc.sql("insert into sign_in_address_failure (address, failures, since) values (?, 1, ?)")
					.params(key, SqlTime.of(now))
					.update();
				return false;
			}
			Failures before = found.get();
			Failures after;
			boolean blockStarted = false;
			if (isStale(before, now)) {
				after = new Failures(1, now, null);
			}
			else if (before.count() + 1 >= FAILURES_BEFORE_BLOCK) {
				// An address that keeps failing while blocked stays blocked.
				blockStarted = true;
				after = new Failures(0, now, now.plus(BLOCK));
			}
			else {
				after = new Failures(before.count() + 1, before.since(), before.blockedUntil());
			}
			jdbc.sql("update sign_in_address_failure set failures = ?, since = ?, blocked_until = ? where address = ?")
				.params(after.count(), SqlTime.of(after.since()), SqlTime.of(after.blockedUntil()), key)
				.update();
			return blockStarted;
		}));
	}

	boolean isBlocked(String address) {
		if (address == null || isLoopback(address)) {
			return false;
		}
		return jdbc.sql("select count(*) from sign_in_address_failure where address = ? and blocked_until > ?")
			.params(key(address), SqlTime.of(clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** A successful sign-in: the address becomes known for the account. */
	void recordSuccess(UUID clinicId, UUID accountId, String address) {
		if (address == null || isKnown(accountId, address)) {
			return;
		}
		long known = jdbc.sql("select count(*) from sign_in_known_address where account_id = ?").param(accountId)
			.query(Long.class).single();
		if (known >= KNOWN_PER_ACCOUNT) {
			forget(accountId);
		}
		try {
			jdbc.sql("insert into sign_in_known_address (clinic_id, account_id, address) values (?, ?, ?)")
				.params(clinicId, accountId, key(address))
				.update();
		}
		catch (DuplicateKeyException alreadyKnownThroughAnotherInstance) {
			// the same sign-in place recorded at the same moment elsewhere: known either way
		}
	}

	boolean isKnown(UUID accountId, String address) {
		return address != null && jdbc.sql("select count(*) from sign_in_known_address where account_id = ? and address = ?")
			.params(accountId, key(address))
			.query(Long.class)
			.single() > 0;
	}

	/** Forgets an account's known addresses (its password changed: trust starts again). */
	void forget(UUID accountId) {
		jdbc.sql("delete from sign_in_known_address where account_id = ?").param(accountId).update();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static boolean isBlocked(Failures f, Instant now) {
		return f.blockedUntil() != null && f.blockedUntil().isAfter(now);
	}

	private static boolean isStale(Failures f, Instant now) {
		return !isBlocked(f, now) && f.since().plus(WINDOW).isBefore(now);
	}

	private static boolean isLoopback(String address) {
		return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
	}

	static String key(String address) {
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
		}
		catch (UnknownHostException | SecurityException e) {
			return address;
		}
	}
}
