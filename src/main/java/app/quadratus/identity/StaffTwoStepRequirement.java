package app.quadratus.identity;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.StaffTwoStepRequirementChanged;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the owner requires two-step sign-in, staff signed in with a password alone are signed out at
 * once, so the rule holds from now on rather than from their next sign-in; the owner making the change
 * is left signed in. The change is audited in the transaction that made it.
 */
@Component
class StaffTwoStepRequirement {

	private final AuditLog audit;

	private final SignedInSessions sessions;

	private final AccountRepository accounts;

	private final TwoStepRepository twoStep;

	StaffTwoStepRequirement(AuditLog audit, SignedInSessions sessions, AccountRepository accounts, TwoStepRepository twoStep) {
		this.audit = audit;
		this.sessions = sessions;
		this.accounts = accounts;
		this.twoStep = twoStep;
	}

	@EventListener
	void on(StaffTwoStepRequirementChanged change) {
		audit.record(change.required() ? AuditAction.MFA_REQUIRED_FOR_STAFF : AuditAction.MFA_OPTIONAL_FOR_STAFF,
				"clinic", change.clinicId(), null);
		if (change.required()) {
			signOutStaffWithoutTwoStep(change);
		}
	}

	private void signOutStaffWithoutTwoStep(StaffTwoStepRequirementChanged change) {
		var owner = CurrentUser.get().accountId();
		for (Account account : accounts.staffOf(change.clinicId())) {
			if (account.role().isStaff() && !account.id().equals(owner) && !twoStep.isEnrolled(account.id())) {
				sessions.endAllOf(account);
			}
		}
	}
}
