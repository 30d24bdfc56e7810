package app.quadratus.identity;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.shared.security.ClinicPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins and sign-outs of people (PS-14). Failed attempts are audited by {@link LoginThrottle}
 * as it counts them, once per attempt, for form and HTTP Basic alike.
 * <p>
 * Only interactive (form) sign-ins are recorded as SIGN_IN: HTTP Basic authenticates every API request
 * afresh, so an entry per successful Basic request would double the audit writes (and the chain-head
 * lock) of every API call while telling the owner nothing new: each API read or change already records
 * its account, time and address.
 */
@Component
class SignInAuditor {

	private final AuditLog audit;

	SignInAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.SIGN_IN);
	}

	@EventListener
	void onSignOut(LogoutSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.SIGN_OUT);
	}

	private void record(Authentication authentication, AuditAction action) {
		if (authentication != null && authentication.getPrincipal() instanceof ClinicPrincipal who) {
			audit.recordForAccount(who.clinicId(), who.accountId(), who.email(), who.role().name(), action,
					AuditOutcome.SUCCESS);
		}
	}
}
