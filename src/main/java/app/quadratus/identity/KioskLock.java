package app.quadratus.identity;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

import app.quadratus.shared.security.KioskHandOver;
import org.springframework.security.core.Authentication;

/**
 * Kept in a handed-over session: what the client may reach, and the staff sign-in to give back when a
 * member of staff unlocks it. Wrong unlock attempts are counted here, per session.
 */
final class KioskLock implements Serializable {

	static final String ATTRIBUTE = KioskLock.class.getName();

	static final int ATTEMPTS_BEFORE_SIGN_OUT = 5;

	private final KioskHandOver handOver;

	private final Authentication staff;

	private final AtomicInteger failedAttempts = new AtomicInteger();

	KioskLock(KioskHandOver handOver, Authentication staff) {
		this.handOver = handOver;
		this.staff = staff;
	}

	KioskHandOver handOver() {
		return handOver;
	}

	Authentication staff() {
		return staff;
	}

	SignedInAccount staffAccount() {
		return (SignedInAccount) staff.getPrincipal();
	}

	/** Counts a wrong attempt; true once the session has had too many. */
	boolean failedOnceMore() {
		return failedAttempts.incrementAndGet() >= ATTEMPTS_BEFORE_SIGN_OUT;
	}

	int attemptsLeft() {
		return Math.max(0, ATTEMPTS_BEFORE_SIGN_OUT - failedAttempts.get());
	}
}
