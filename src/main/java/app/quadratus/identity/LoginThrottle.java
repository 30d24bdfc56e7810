package app.quadratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing per account and per address (PS-05), without letting a guesser keep the
 * real holder out:
 * <ul>
 * <li>Five wrong passwords in a row pause the account for {@link #LOCK_DURATION} (at most ten guesses
 * in five minutes). The pause is short on purpose: it is re-armed only by new failures, and the address
 * limit ({@link SignInAddresses}) stops a single guesser for longer than the account is paused.</li>
 * <li>The pause does not apply from an address the account has signed in from before, so guesses from
 * elsewhere cannot lock the holder out for good.</li>
 * <li>The holder is emailed when their account is paused (at most once an hour); an owner can lift the
 * pause from the staff page. Every failure, lock and unlock is audited.</li>
 * </ul>
 */
@Component
class LoginThrottle {

	static final Duration LOCK_DURATION = Duration.ofMinutes(5);

	private static final Duration BETWEEN_LOCK_EMAILS = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final SignInAddresses addresses;

	private final AuditLog audit;

	private final Mailer mailer;

	private final Clock clock;

	private final String baseUrl;

	private final Map<UUID, Instant> lastLockEmail = new ConcurrentHashMap<>();

	LoginThrottle(AccountRepository accounts, SignInAddresses addresses, AuditLog audit, Mailer mailer, Clock clock,
			@Value("${quadratus.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.addresses = addresses;
		this.audit = audit;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		// Counted whether or not the account exists: spraying one password over many emails is guessing too.
		addresses.recordFailure(addressOf(event.getAuthentication()));
		accounts.findByEmail(event.getAuthentication().getName()).ifPresent(account -> {
			audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
					AuditAction.LOGIN_FAILED, AuditOutcome.FAILED);
			int failures = accounts.recordFailure(account.id());
			if (failures >= Account.FAILURES_BEFORE_LOCK) {
				Instant now = clock.instant();
				accounts.lockUntil(account.id(), now.plus(LOCK_DURATION));
				audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
						AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS);
				tellHolder(account, now);
			}
		});
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		// Trying a paused account is guessing too: it counts towards the address's limit.
		addresses.recordFailure(addressOf(event.getAuthentication()));
		accounts.findByEmail(event.getAuthentication().getName())
			.ifPresent(account -> audit.recordForAccount(account.clinicId(), account.id(), account.email(),
					account.role().name(), AuditAction.LOGIN_FAILED, AuditOutcome.DENIED));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInAccount signedIn) {
			accounts.clearFailures(signedIn.accountId());
			addresses.recordSuccess(signedIn.clinicId(), signedIn.accountId(), addressOf(event.getAuthentication()));
		}
	}

	/** No link in this email: it says what happened and where to go, and carries nothing to steal. */
	private void tellHolder(Account account, Instant now) {
		Instant last = lastLockEmail.get(account.id());
		if (last != null && last.plus(BETWEEN_LOCK_EMAILS).isAfter(now)) {
			return;
		}
		lastLockEmail.put(account.id(), now);
		mailer.send(new EmailMessage(account.email(), "Sign-in to your Quadratus account was paused",
				"Hello " + account.displayName() + ",\n\nAfter " + Account.FAILURES_BEFORE_LOCK
						+ " wrong passwords in a row, sign-in to your Quadratus account is paused for "
						+ LOCK_DURATION.toMinutes() + " minutes.\nIf that was you, wait a few minutes or choose a new password from"
						+ " the sign-in page (" + baseUrl + "/login).\nIf it was not you, tell your clinic's owner: someone may be"
						+ " guessing your password. The owner can also lift the pause from the staff page.\n"));
	}

	static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
