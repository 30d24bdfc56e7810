package app.quadratus.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
 * how to forward it); the account lock still applies. Kept in memory, as a lock is short-lived: a restart forgets it (a fresh budget of guesses, and known
 * addresses sign in again once the short account lock has passed). IPv6 addresses count by their /64,
 * the block one subscriber is given, so that rotating addresses within it does not reset the count.
 */
@Component
class SignInAddresses {

	/** Above the account lock's five: a clinic's staff often share one address (NAT) and mistype too. */
	static final int FAILURES_BEFORE_BLOCK = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration BLOCK = Duration.ofMinutes(15);

	/** Past this many tracked addresses, stale entries are swept out: memory stays bounded. */
	private static final int SWEEP_ABOVE = 50_000;

	private static final int KNOWN_PER_ACCOUNT = 20;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Map<UUID, Set<String>> known = new ConcurrentHashMap<>();

	private final Clock clock;

	SignInAddresses(Clock clock) {
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
		if (failures.size() > SWEEP_ABOVE) {
			failures.values().removeIf(f -> isStale(f, now));
		}
		boolean[] blockStarted = { false };
		failures.compute(key(address), (key, before) -> {
			if (before == null || isStale(before, now)) {
				return new Failures(1, now, null);
			}
			if (before.count() + 1 >= FAILURES_BEFORE_BLOCK) {
				// An address that keeps failing while blocked stays blocked.
				blockStarted[0] = true;
				return new Failures(0, now, now.plus(BLOCK));
			}
			return new Failures(before.count() + 1, before.since(), before.blockedUntil());
		});
		return blockStarted[0];
	}

	boolean isBlocked(String address) {
		if (address == null || isLoopback(address)) {
			return false;
		}
		Failures f = failures.get(key(address));
		return f != null && isBlocked(f, clock.instant());
	}

	/** A successful sign-in: the address becomes known for the account. */
	void recordSuccess(UUID accountId, String address) {
		if (address == null) {
			return;
		}
		Set<String> addresses = known.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet());
		if (addresses.size() >= KNOWN_PER_ACCOUNT) {
			addresses.clear();
		}
		addresses.add(key(address));
	}

	boolean isKnown(UUID accountId, String address) {
		return address != null && known.getOrDefault(accountId, Set.of()).contains(key(address));
	}

	/** Forgets an account's known addresses (its password changed: trust starts again). */
	void forget(UUID accountId) {
		known.remove(accountId);
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
