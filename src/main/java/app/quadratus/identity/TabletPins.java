package app.quadratus.identity;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tablet PIN of the signed-in therapist or owner (those who hand the tablet to clients). Stored as a
 * hash; a wrong guess on the tablet counts towards the hand-over's sign-out ({@link TabletKiosk}).
 * Setting it asks for the password, and a wrong password here counts as a failed sign-in
 * ({@link LoginThrottle}), so this form cannot be used to guess the password.
 */
@Service
class TabletPins {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	TabletPins(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
	}

	@ClinicalAccess
	public boolean isSet() {
		return accounts.tabletPinHash(CurrentUser.get().accountId()).isPresent();
	}

	/** Not one transaction: a wrong password's failure count must stay although the PIN is refused. */
	@ClinicalAccess
	public void set(TabletPinForm form) {
		Account me = accounts.findById(CurrentUser.get().accountId())
			.orElseThrow(() -> new InvalidFieldException("currentPassword", "tabletPin.password.wrong"));
		if (me.passwordHash() == null || !encoder.matches(form.getCurrentPassword(), me.passwordHash())) {
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated(me.email(), null),
					new BadCredentialsException("wrong password on the tablet PIN form")));
			throw new InvalidFieldException("currentPassword", "tabletPin.password.wrong");
		}
		if (!form.getPin().equals(form.getRepeat())) {
			throw new InvalidFieldException("repeat", "tabletPin.repeat.mismatch");
		}
		String hash = encoder.encode(form.getPin());
		transactions.executeWithoutResult(status -> {
			accounts.setTabletPin(me.id(), hash);
			audit.record(AuditAction.TABLET_PIN_SET, "account", me.id(), null);
		});
	}
}
