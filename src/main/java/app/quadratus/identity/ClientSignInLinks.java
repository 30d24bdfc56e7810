package app.quadratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.clinic.ClientSignInLinksChanged;
import app.quadratus.clinic.Clinics;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a client in by a one-time emailed link (PS-08), where the clinic allows it; never forced, the
 * password always works too. A link is single use (claimed by one database update, so two requests or two
 * app instances cannot both accept it), valid for ten minutes, and only the newest one of an account works.
 * Throttled as password sign-in is: every request and every bad link counts towards the address limit
 * ({@link SignInAddresses}), and an account gets at most {@value #LINKS_PER_WINDOW} links in
 * {@link #WINDOW}. The answer to a request is the same whether or not the address has an account.
 */
@Service
class ClientSignInLinks {

	static final int LINKS_PER_WINDOW = 3;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final SignInAddresses addresses;

	private final Clinics clinics;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	ClientSignInLinks(AccountRepository accounts, AccountTokens tokens, SignInAddresses addresses, Clinics clinics,
			Mailer mailer, AuditLog audit, Clock clock, @Value("${quadratus.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.addresses = addresses;
		this.clinics = clinics;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Emails a link if the address is an enabled client account of a clinic that allows links; else nothing. */
	@Transactional
	public void request(String email, String address) {
		if (addresses.isBlocked(address)) {
			return;
		}
		addresses.recordFailure(address);
		Instant now = clock.instant();
		Optional<Account> found = accounts.findByEmail(email == null ? "" : email.strip())
			.filter(a -> a.enabled() && a.role() == Role.CLIENT && a.clientId() != null)
			.filter(a -> clinics.clientSignInLinksAllowed(a.clinicId()))
			.filter(a -> tokens.issuedSince(a.id(), AccountTokens.Purpose.SIGN_IN_LINK, now.minus(WINDOW)) < LINKS_PER_WINDOW);
		found.ifPresent(account -> {
			tokens.revoke(account.id(), AccountTokens.Purpose.SIGN_IN_LINK, now);
			String token = tokens.issue(account.id(), AccountTokens.Purpose.SIGN_IN_LINK, now);
			audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
					AuditAction.SIGN_IN_LINK_SENT, AuditOutcome.SUCCESS);
			mailer.send(new EmailMessage(account.email(), "Your sign-in link",
					"Hello " + account.displayName() + ",\n\nHere is the link to sign in to your clinic's client pages. "
							+ "It works once, for the next 10 minutes:\n\n" + baseUrl + "/login/link/" + token
							+ "\n\nIf you did not ask for it, ignore this email: nobody can use it without your inbox, "
							+ "and your password stays as it is.\n"));
		});
	}

	/**
	 * Claims the link and returns the account to sign in, as it is now; empty for an unknown, used or
	 * expired link, a blocked address, or a clinic that has since stopped allowing links.
	 */
	@Transactional
	public Optional<SignedInAccount> claim(String token, String address) {
		if (addresses.isBlocked(address)) {
			return Optional.empty();
		}
		Optional<SignedInAccount> account = tokens.claim(token, AccountTokens.Purpose.SIGN_IN_LINK, clock.instant())
			.flatMap(accounts::findById)
			.filter(a -> a.enabled() && a.role() == Role.CLIENT && clinics.clientSignInLinksAllowed(a.clinicId()))
			.map(a -> new SignedInAccount(a, false));
		if (account.isEmpty()) {
			addresses.recordFailure(address);
		}
		return account;
	}

	@EventListener
	void on(ClientSignInLinksChanged change) {
		audit.record(AuditAction.UPDATE, "clinic-client-sign-in-links", change.clinicId(), null);
	}
}
