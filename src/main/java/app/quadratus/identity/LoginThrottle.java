package app.quadratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes (OWASP ASVS 2.2.1): slows guessing
 * without locking a therapist out for the day. Every failure and lock is audited.
 */
@Component
class LoginThrottle {

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	LoginThrottle(AccountRepository accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByEmail(event.getAuthentication().getName()).ifPresent(account -> {
			audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
					AuditAction.LOGIN_FAILED, AuditOutcome.FAILED);
			int failures = accounts.recordFailure(account.id());
			if (failures >= Account.FAILURES_BEFORE_LOCK) {
				Instant until = clock.instant().plus(LOCK_DURATION);
				accounts.lockUntil(account.id(), until);
				audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
						AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS);
			}
		});
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		accounts.findByEmail(event.getAuthentication().getName())
			.ifPresent(account -> audit.recordForAccount(account.clinicId(), account.id(), account.email(),
					account.role().name(), AuditAction.LOGIN_FAILED, AuditOutcome.DENIED));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInAccount signedIn) {
			accounts.clearFailures(signedIn.accountId());
		}
	}
}
