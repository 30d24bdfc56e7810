package app.quadratus.audit;

import app.quadratus.shared.security.AccessRefused;
import app.quadratus.shared.security.RecordNotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes each refused request to the audit log with outcome DENIED: a role that does not allow it
 * (ACCESS_DENIED), or an id that is missing or another clinic's (NOT_FOUND).
 */
@Component
class RefusalAuditor {

	private static final int MAX_PATH = 64;

	private final AuditLog audit;

	RefusalAuditor(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccessRefused refusal) {
		audit.recordRefusal(refusal.who(), AuditAction.ACCESS_DENIED, refusal.method(), shortened(refusal.path()));
	}

	@EventListener
	void on(RecordNotFound refusal) {
		audit.recordRefusal(refusal.who(), AuditAction.NOT_FOUND, refusal.method(), shortened(refusal.path()));
	}

	private static String shortened(String path) {
		return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
	}
}
