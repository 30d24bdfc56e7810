package app.quadratus.audit;

import app.quadratus.shared.security.AccessRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes each refused request to the audit log with outcome DENIED. */
@Component
class RefusalAuditor {

	private final AuditLog audit;

	RefusalAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccessRefused refusal) {
		String path = refusal.path().length() > 64 ? refusal.path().substring(0, 64) : refusal.path();
		audit.recordRefusal(refusal.who(), refusal.method(), path);
	}
}
