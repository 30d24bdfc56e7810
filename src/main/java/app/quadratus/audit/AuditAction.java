package app.quadratus.audit;

/** What was done to a record, or what happened at sign-in. */
public enum AuditAction {
	VIEW, CREATE, UPDATE, ARCHIVE, RESTORE, EXPORT, PRINT, SIGN, AMEND,
	LOGIN_FAILED, ACCOUNT_LOCKED, ACCESS_DENIED, INVITE, PASSWORD_RESET, PASSWORD_SET,
	ACCOUNT_UNLOCKED
}
