package app.quadratus.identity;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.StaffTwoStepRequirementChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits the owner's change to the clinic's two-step rule, in the transaction that made it. */
@Component
class TwoStepRequirementAuditor {

	private final AuditLog audit;

	TwoStepRequirementAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(StaffTwoStepRequirementChanged change) {
		audit.record(change.required() ? AuditAction.MFA_REQUIRED_FOR_STAFF : AuditAction.MFA_OPTIONAL_FOR_STAFF,
				"clinic", change.clinicId(), null);
	}
}
