package app.quadratus.identity;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tablet PIN of the signed-in therapist or owner (those who hand the tablet to clients). Stored as a
 * hash; a wrong guess on the tablet counts towards the hand-over's sign-out ({@link TabletKiosk}).
 */
@Service
class TabletPins {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	TabletPins(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	@ClinicalAccess
	public boolean isSet() {
		return accounts.tabletPinHash(CurrentUser.get().accountId()).isPresent();
	}

	@ClinicalAccess
	@Transactional
	public void set(TabletPinForm form) {
		Account me = accounts.findById(CurrentUser.get().accountId())
			.orElseThrow(() -> new InvalidFieldException("currentPassword", "tabletPin.password.wrong"));
		if (me.passwordHash() == null || !encoder.matches(form.getCurrentPassword(), me.passwordHash())) {
			throw new InvalidFieldException("currentPassword", "tabletPin.password.wrong");
		}
		if (!form.getPin().equals(form.getRepeat())) {
			throw new InvalidFieldException("repeat", "tabletPin.repeat.mismatch");
		}
		accounts.setTabletPin(me.id(), encoder.encode(form.getPin()));
		audit.record(AuditAction.TABLET_PIN_SET, "account", me.id(), null);
	}
}
