package app.quadratus.identity;

import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.security.Role;

/** A person who can sign in: staff of one clinic, or one of its clients. */
record Account(UUID id, UUID clinicId, String email, String displayName, Role role, String passwordHash,
		boolean enabled, int failedLogins, Instant lockedUntil, UUID clientId) implements java.io.Serializable {

	static final int FAILURES_BEFORE_LOCK = 5;

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean hasPassword() {
		return passwordHash != null;
	}
}
