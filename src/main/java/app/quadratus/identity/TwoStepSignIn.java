package app.quadratus.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff two-step sign-in: after the password, a code from an authenticator app (TOTP) or one of ten
 * recovery codes. Each code works once; five wrong codes in a row lock the account for the same 15
 * minutes as five wrong passwords. Every enrolment, code and change is audited (never the code).
 */
@Service
class TwoStepSignIn {

	static final int WRONG_CODES_BEFORE_LOCK = 5;

	static final String ISSUER = "Quadratus";

	/** What a password sign-in still needs before the account is fully signed in. */
	enum SecondStep {
		NONE, CODE, ENROL
	}

	enum Verification {
		ACCEPTED, ACCEPTED_RECOVERY_CODE, WRONG, LOCKED
	}

	/** A secret offered for enrolment: shown once as text and as a QR code, confirmed by a first code. */
	record Enrolment(String secret, String otpauthUri) implements java.io.Serializable {

		public String qrCode() {
			return QrCodeImage.svgDataUri(otpauthUri);
		}

		/** The secret in groups of four, easier to type into an app by hand. */
		public String secretForReading() {
			return secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

		@Override
		public String toString() {
			return "Enrolment[secret hidden]";
		}
	}

	private final TwoStepRepository repository;

	private final AccountRepository accounts;

	private final Clinics clinics;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	TwoStepSignIn(TwoStepRepository repository, AccountRepository accounts, Clinics clinics, PasswordEncoder encoder,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.clinics = clinics;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** Staff who enrolled, or whose clinic requires it, need a second step; clients do not (yet). */
	SecondStep after(ClinicPrincipal account) {
		if (!account.role().isStaff()) {
			return SecondStep.NONE;
		}
		if (repository.isEnrolled(account.accountId())) {
			return SecondStep.CODE;
		}
		return clinics.staffTwoStepRequired(account.clinicId()) ? SecondStep.ENROL : SecondStep.NONE;
	}

	boolean isEnrolled(UUID accountId) {
		return repository.isEnrolled(accountId);
	}

	int recoveryCodesLeft(UUID accountId) {
		return repository.unusedRecoveryCodes(accountId);
	}

	boolean requiredByClinic(UUID clinicId) {
		return clinics.staffTwoStepRequired(clinicId);
	}

	Enrolment newEnrolment(String email) {
		String secret = Base32.encode(Totp.newSecret());
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
	}

	/**
	 * Enrols the account once a first code from the app proves it holds the secret; returns the
	 * recovery codes, which exist in clear only in this answer.
	 */
	@Transactional
	List<String> enrol(UUID accountId, Enrolment enrolment, String code) {
		Account account = account(accountId);
		if (repository.isEnrolled(accountId)) {
			throw new ConflictException("twoStep.alreadyOn");
		}
		OptionalLong step = isTotpShaped(code) ? Totp.matchingStep(Base32.decode(enrolment.secret()), digits(code), clock.instant())
				: OptionalLong.empty();
		if (step.isEmpty()) {
			throw new InvalidFieldException("code", "twoStep.code.wrongFirst");
		}
		Instant now = clock.instant();
		if (!repository.enrol(accountId, enrolment.secret(), step.getAsLong(), now)) {
			throw new ConflictException("twoStep.alreadyOn");
		}
		List<String> recoveryCodes = RecoveryCodes.generate();
		repository.replaceRecoveryCodes(accountId, recoveryCodes.stream().map(c -> RecoveryCodes.hash(accountId, c)).toList(), now);
		audited(account, AuditAction.MFA_ENROLLED, AuditOutcome.SUCCESS);
		return recoveryCodes;
	}

	/**
	 * Re-authentication before turning two-step sign-in on (ASVS 7.5.1): a wrong password counts like
	 * one at the sign-in page, so a borrowed session cannot guess it.
	 */
	@Transactional(noRollbackFor = InvalidFieldException.class)
	void confirmPassword(UUID accountId, String password) {
		Account account = account(accountId);
		if (!passwordMatches(account, password)) {
			audited(account, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED);
			if (accounts.recordFailure(accountId) >= Account.FAILURES_BEFORE_LOCK) {
				accounts.lockUntil(accountId, clock.instant().plus(LoginThrottle.LOCK_DURATION));
				audited(account, AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS);
			}
			throw new InvalidFieldException("password", "twoStep.disable.wrongPassword");
		}
	}

	/** Checks a code (from the app, or a recovery code) typed at sign-in or to confirm a change. */
	@Transactional
	Verification verify(UUID accountId, String code) {
		Account account = account(accountId);
		TwoStepRepository.Authenticator authenticator = repository.find(accountId)
			.orElseThrow(() -> new NotFoundException("authenticator"));
		Instant now = clock.instant();
		if (account.isLockedAt(now)) {
			// Locked by wrong codes in another half-signed-in session: no more guesses from this one either.
			audited(account, AuditAction.MFA_FAILED, AuditOutcome.DENIED);
			return Verification.LOCKED;
		}
		if (isTotpShaped(code)) {
			OptionalLong step = Totp.matchingStep(authenticator.key(), digits(code), now);
			// A code whose step was already used is refused like a wrong one: it may have been seen.
			if (step.isPresent() && repository.useStep(accountId, step.getAsLong())) {
				audited(account, AuditAction.MFA_VERIFIED, AuditOutcome.SUCCESS);
				return Verification.ACCEPTED;
			}
		}
		else if (RecoveryCodes.looksLikeOne(code)
				&& repository.useRecoveryCode(accountId, RecoveryCodes.hash(accountId, code), now)) {
			repository.clearWrongCodes(accountId);
			audited(account, AuditAction.MFA_RECOVERY_CODE_USED, AuditOutcome.SUCCESS);
			return Verification.ACCEPTED_RECOVERY_CODE;
		}
		return failed(account, now, AuditAction.MFA_FAILED);
	}

	/** A wrong code (or password, when turning it off): the fifth in a row locks the account. */
	private Verification failed(Account account, Instant now, AuditAction action) {
		audited(account, action, AuditOutcome.FAILED);
		if (repository.recordWrongCode(account.id()) >= WRONG_CODES_BEFORE_LOCK) {
			repository.clearWrongCodes(account.id());
			accounts.lockUntil(account.id(), now.plus(LoginThrottle.LOCK_DURATION));
			audited(account, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED);
			audited(account, AuditAction.ACCOUNT_LOCKED, AuditOutcome.SUCCESS);
			return Verification.LOCKED;
		}
		return Verification.WRONG;
	}

	/** Turns two-step sign-in off: the holder proves it with their password and a current code. */
	@Transactional(noRollbackFor = InvalidFieldException.class)
	void disable(UUID accountId, String password, String code) {
		Account account = account(accountId);
		if (!repository.isEnrolled(accountId)) {
			return;
		}
		if (!passwordMatches(account, password)) {
			failed(account, clock.instant(), AuditAction.MFA_DISABLED);
			throw new InvalidFieldException("password", "twoStep.disable.wrongPassword");
		}
		Verification verification = verify(accountId, code == null ? "" : code);
		if (verification == Verification.WRONG || verification == Verification.LOCKED) {
			throw new InvalidFieldException("code", "twoStep.code.wrong");
		}
		repository.remove(accountId);
		audited(account, AuditAction.MFA_DISABLED, AuditOutcome.SUCCESS);
	}

	/**
	 * For an owner, when a member of staff lost both their phone and their recovery codes: their
	 * two-step sign-in is removed, and they set it up again (at once, if the clinic requires it).
	 */
	@OwnerAccess
	@Transactional
	public void resetFor(UUID staffId) {
		Account account = accounts.findInClinic(CurrentUser.clinicId(), staffId)
			.filter(a -> a.role().isStaff())
			.orElseThrow(() -> new NotFoundException("staff member"));
		repository.remove(account.id());
		audit.record(AuditAction.MFA_RESET, "account", account.id(), null);
	}

	/** Which of the clinic's staff have two-step sign-in on, for the owner's staff page. */
	@OwnerAccess
	public Set<UUID> enrolledStaff() {
		return repository.enrolledIn(CurrentUser.clinicId());
	}

	private boolean passwordMatches(Account account, String password) {
		if (password == null || account.passwordHash() == null) {
			return false;
		}
		try {
			return encoder.matches(password, account.passwordHash());
		}
		catch (IllegalArgumentException tooLongForTheHash) {
			return false;
		}
	}

	private Account account(UUID accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
	}

	private void audited(Account account, AuditAction action, AuditOutcome outcome) {
		audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(), action, outcome);
	}

	private static boolean isTotpShaped(String code) {
		return digits(code).matches("\\d{" + Totp.DIGITS + "}");
	}

	private static String digits(String code) {
		return code.replaceAll("\\s", "");
	}
}
