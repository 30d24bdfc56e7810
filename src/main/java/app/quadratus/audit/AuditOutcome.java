package app.quadratus.audit;

public enum AuditOutcome {
	SUCCESS, DENIED, FAILED
}
