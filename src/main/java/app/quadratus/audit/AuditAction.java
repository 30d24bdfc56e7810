package app.quadratus.audit;

/** What was done to a record, or what happened at sign-in. */
public enum AuditAction {
	VIEW, CREATE, UPDATE, ARCHIVE, RESTORE, EXPORT, PRINT, SIGN, AMEND,
	SIGN_IN, SIGN_OUT, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ACCESS_DENIED, NOT_FOUND, INVITE, PASSWORD_RESET,
	PASSWORD_SET, KIOSK_HANDED_OVER, KIOSK_HANDED_BACK, KIOSK_UNLOCK_FAILED, TABLET_PIN_SET,
	// Two-step sign-in (TOTP): enrolment, each code at sign-in, recovery codes, turning it off, the clinic's rule.
	MFA_ENROLLED, MFA_VERIFIED, MFA_FAILED, MFA_RECOVERY_CODE_USED, MFA_DISABLED, MFA_RESET,
	MFA_REQUIRED_FOR_STAFF, MFA_OPTIONAL_FOR_STAFF,
	/** A one-time sign-in link was emailed to a client; a session summary was shared with its client. */
	SIGN_IN_LINK_SENT, SHARE,
	/** The owner checked the audit chain; the outcome says whether it was intact. */
	VERIFY
}
