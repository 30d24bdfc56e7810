package app.quadratus.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import app.quadratus.shared.security.StaffAccess;
import app.quadratus.shared.security.Role;
import app.quadratus.shared.validation.PlainTextValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts, invitations and password resets. */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final SignedInSessions sessions;

	private final SignInAddresses addresses;

	private final StaffNames staffNames;

	Accounts(AccountRepository accounts, AccountTokens tokens, PasswordEncoder encoder, PasswordPolicy policy,
			Mailer mailer, AuditLog audit, Clock clock, @Value("${quadratus.base-url}") String baseUrl,
			SignedInSessions sessions, SignInAddresses addresses, StaffNames staffNames) {
		this.staffNames = staffNames;
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.policy = policy;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.sessions = sessions;
		this.addresses = addresses;
	}

	public boolean anyExists() {
		return accounts.anyExists();
	}

	/** The clinic's staff, for pickers and the owner's staff page. */
	@StaffAccess
	public List<StaffMember> staff() {
		return accounts.staffOf(CurrentUser.clinicId()).stream().map(this::toStaffMember).toList();
	}

	/** The enabled staff of a clinic, for its public booking page (names only reach the page); nobody signed in. */
	public List<StaffMember> enabledStaffInClinic(UUID clinicId) {
		return accounts.staffOf(clinicId).stream().filter(Account::enabled).map(this::toStaffMember).toList();
	}

	/** The display name of a member of staff of the signed-in person's clinic; null if none. */
	public String nameOf(UUID accountId) {
		if (accountId == null) {
			return null;
		}
		UUID clinicId = CurrentUser.clinicId();
		String staff = staffNames.of(clinicId).get(accountId);
		return staff != null ? staff : accounts.findInClinic(clinicId, accountId).map(Account::displayName).orElse(null);
	}

	/** Account id to display name of every member of staff of the signed-in person's clinic (cached). */
	@StaffAccess
	public java.util.Map<UUID, String> staffNames() {
		return staffNames.of(CurrentUser.clinicId());
	}

	/** The display name of an account of a given clinic, for messages sent with nobody signed in; null if none. */
	public String nameInClinic(UUID clinicId, UUID accountId) {
		return accounts.findInClinic(clinicId, accountId).map(Account::displayName).orElse(null);
	}

	/** The message key of the password rule this password breaks, if any. */
	public Optional<String> passwordProblem(String password) {
		return policy.problemWith(password);
	}

	/** Creates an account with a password already chosen (first-run owner, demo accounts). */
	@Transactional
	public UUID createWithPassword(UUID clinicId, String email, String displayName, Role role, String password,
			UUID clientId) {
		policy.problemWith(password).ifPresent(problem -> {
			throw new InvalidFieldException("password", problem);
		});
		return insert(clinicId, email, displayName, role, encoder.encode(password), clientId);
	}

	/** For seeding only: a known password that the policy would refuse (the published demo password). */
	@Transactional
	public UUID createDemoAccount(UUID clinicId, String email, String displayName, Role role, String encodedPassword,
			UUID clientId) {
		return insert(clinicId, email, displayName, role, encodedPassword, clientId);
	}

	/** The clinic an account belongs to; for seeding. */
	public UUID clinicOf(String email) {
		return accounts.findByEmail(email).map(Account::clinicId).orElseThrow(() -> new NotFoundException("account"));
	}

	public String encode(String password) {
		return encoder.encode(password);
	}

	@OwnerAccess
	@Transactional
	public UUID invite(StaffInvitationForm form) {
		if (!form.getRole().isStaff()) {
			throw new InvalidFieldException("role", "staff.role.required");
		}
		UUID clinicId = CurrentUser.clinicId();
		// Only this clinic's own accounts are checked: an address in use elsewhere is invited like any
		// other, and its holder learns on accepting that it cannot join (no cross-clinic oracle).
		if (accounts.emailTakenInClinic(clinicId, form.getEmail())) {
			throw new InvalidFieldException("email", "account.email.taken");
		}
		UUID id = UUID.randomUUID();
		accounts.insertInvited(new Account(id, clinicId, form.getEmail(), form.getDisplayName().trim(), form.getRole(),
				null, true, 0, null, null), clock.instant());
		String token = tokens.issue(id, AccountTokens.Purpose.INVITATION, clock.instant());
		audit.record(AuditAction.INVITE, "account", id, null);
		mailer.send(new EmailMessage(form.getEmail().trim(), "You are invited to Quadratus",
				"Hello " + form.getDisplayName().trim() + ",\n\n" + CurrentUser.get().displayName()
						+ " has invited you to join their clinic on Quadratus.\nChoose your password here (the link works for 7 days):\n\n"
						+ baseUrl + "/invitation/" + token + "\n"));
		return id;
	}

	/**
	 * Invites a client to the portal: a CLIENT account tied to their record, and an email with a link to
	 * choose a password (7 days). The same pending-address rule as for staff: only this clinic's accounts
	 * are checked, so an address in use elsewhere is no cross-clinic oracle. The caller (the portal) has
	 * checked that the client is one of the clinic's.
	 *
	 * @throws InvalidFieldException on {@code email} when the address or the client already has an account here
	 */
	// Clinical staff only: reception may edit a client's email, so reception inviting would let them
	// point an account at an address of their own and read the client's plan and scores in the portal.
	@ClinicalAccess
	@Transactional
	public UUID inviteClient(UUID clientId, String email, String displayName) {
		UUID clinicId = CurrentUser.clinicId();
		if (email == null || email.isBlank()) {
			throw new InvalidFieldException("email", "portal.invite.noEmail");
		}
		if (accounts.emailTakenInClinic(clinicId, email) || accounts.clientHasAccount(clinicId, clientId)) {
			throw new InvalidFieldException("email", "portal.invite.taken");
		}
		UUID id = UUID.randomUUID();
		accounts.insertInvited(new Account(id, clinicId, email.trim(), displayName.trim(), Role.CLIENT, null, true, 0,
				null, clientId), clock.instant());
		String token = tokens.issue(id, AccountTokens.Purpose.INVITATION, clock.instant());
		audit.record(AuditAction.INVITE, "account", id, clientId);
		mailer.send(new EmailMessage(email.trim(), "Your clinic's client pages",
				"Hello " + displayName.trim() + ",\n\nYour clinic has invited you to its client pages on Quadratus, "
						+ "where you can see your care plan, tick off your exercises and keep a pain diary.\n"
						+ "Choose your password here (the link works for 7 days):\n\n" + baseUrl + "/invitation/" + token
						+ "\n"));
		return id;
	}

	/**
	 * The care-team member (PARTNER) with this address: one account per person, even when clients of
	 * several clinics share with them. A new address gets an account (first held by the sharing clinic,
	 * though a partner sees nothing of any clinic without a live share from it) and an invitation to choose
	 * a password; an address still invited gets a fresh invitation; an accepted one gets nothing here (the
	 * caller tells them what was shared). Callers are the client in the portal or clinical staff.
	 *
	 * @return the partner's account id and whether an invitation went out
	 */
	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CLIENT','OWNER','THERAPIST')")
	@Transactional
	public PartnerAccount partner(String email, String displayName, String sharedBy) {
		String address = email.strip();
		Optional<Account> existing = accounts.findPartner(address);
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			if (!accounts.isPending(id)) {
				return new PartnerAccount(id, false);
			}
		}
		else {
			id = UUID.randomUUID();
			accounts.insertInvited(new Account(id, CurrentUser.clinicId(), address, displayName.strip(), Role.PARTNER,
					null, true, 0, null, null), clock.instant());
		}
		String token = tokens.issue(id, AccountTokens.Purpose.INVITATION, clock.instant());
		audit.record(AuditAction.INVITE, "account", id, null);
		mailer.send(new EmailMessage(address, "Care-team access on Quadratus",
				"Hello " + displayName.strip() + ",\n\n" + sharedBy
						+ " has shared parts of their care plan with you on Quadratus, for you to follow as part of their care team.\n"
						+ "Choose your password here (the link works for 7 days):\n\n" + baseUrl + "/invitation/" + token
						+ "\n\nAfter that, sign in at " + baseUrl + "/login to see what was shared.\n"));
		return new PartnerAccount(id, true);
	}

	/** A care-team member's account; {@code invited} when an invitation email went out for it now. */
	public record PartnerAccount(UUID id, boolean invited) {
	}

	@OwnerAccess
	@Transactional
	public void updateStaff(UUID id, String displayName, Role role, boolean enabled) {
		// Only staff roles: a CLIENT (or KIOSK) account would drop off the staff page, unmanageable.
		if (role == null || !role.isStaff()) {
			throw new InvalidFieldException("role", "staff.role.required");
		}
		Account account = accounts.findInClinic(CurrentUser.clinicId(), id)
			.filter(a -> a.role().isStaff())
			.orElseThrow(() -> new NotFoundException("staff member"));
		if (account.id().equals(CurrentUser.get().accountId()) && (role != Role.OWNER || !enabled)) {
			throw new ConflictException("staff.cannotDemoteSelf");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidFieldException("displayName", "staff.name.required");
		}
		if (displayName.trim().length() > 200) {
			throw new InvalidFieldException("displayName", "field.tooLong");
		}
		if (!PlainTextValidator.isPlain(displayName)) {
			throw new InvalidFieldException("displayName", "field.controlCharacters");
		}
		accounts.updateStaff(account.clinicId(), id, displayName.trim(), role, enabled);
		if (role != account.role() || !enabled) {
			signOutEverywhere(id);
		}
		audit.record(AuditAction.UPDATE, "account", id, null);
	}

	/**
	 * Lifts a sign-in pause (five wrong passwords) at once: the owner has checked with the holder that it
	 * was them. Audited, as the lock was.
	 */
	@OwnerAccess
	@Transactional
	public void unlock(UUID id) {
		Account account = accounts.findInClinic(CurrentUser.clinicId(), id)
			.filter(a -> a.role().isStaff())
			.orElseThrow(() -> new NotFoundException("staff member"));
		accounts.liftPause(account.id());
		audit.record(AuditAction.ACCOUNT_UNLOCKED, "account", id, null);
	}

	@OwnerAccess
	public StaffMember staffMember(UUID id) {
		return accounts.findInClinic(CurrentUser.clinicId(), id)
			.filter(a -> a.role().isStaff())
			.map(this::toStaffMember)
			.orElseThrow(() -> new NotFoundException("staff member"));
	}

	/** Ends every session of the account: its role and access were fixed when it signed in. */
	private void signOutEverywhere(UUID accountId) {
		sessions.endAllOf(accountId);
	}

	public boolean invitationIsValid(String token) {
		return tokens.accountFor(token, AccountTokens.Purpose.INVITATION, clock.instant()).isPresent();
	}

	public boolean resetIsValid(String token) {
		return tokens.accountFor(token, AccountTokens.Purpose.PASSWORD_RESET, clock.instant()).isPresent();
	}

	@Transactional
	public void acceptInvitation(String token, NewPasswordForm form) {
		setPasswordWithToken(token, AccountTokens.Purpose.INVITATION, form);
	}

	@Transactional
	public void resetPassword(String token, NewPasswordForm form) {
		setPasswordWithToken(token, AccountTokens.Purpose.PASSWORD_RESET, form);
	}

	/**
	 * Sends a reset link if the address belongs to an account. Says nothing either way to the caller,
	 * so the form cannot be used to find out who has an account.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		Optional<Account> found = accounts.findByEmail(email).filter(Account::enabled);
		found.ifPresent(account -> {
			String token = tokens.issue(account.id(), AccountTokens.Purpose.PASSWORD_RESET, clock.instant());
			audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
					AuditAction.PASSWORD_RESET, AuditOutcome.SUCCESS);
			mailer.send(new EmailMessage(account.email(), "Reset your Quadratus password",
					"Someone (we hope you) asked to reset the password of this Quadratus account.\n"
							+ "Choose a new password here (the link works for one hour):\n\n" + baseUrl + "/password/reset/"
							+ token + "\n\nIf it was not you, ignore this email: your password stays as it is.\n"));
		});
	}

	private void setPasswordWithToken(String token, AccountTokens.Purpose purpose, NewPasswordForm form) {
		Instant now = clock.instant();
		UUID accountId = tokens.accountFor(token, purpose, now).orElseThrow(() -> new NotFoundException("link"));
		policy.problemWith(form.getPassword()).ifPresent(problem -> {
			throw new InvalidFieldException("password", problem);
		});
		if (!form.getPassword().equals(form.getRepeat())) {
			throw new InvalidFieldException("repeat", "password.repeat.mismatch");
		}
		if (!tokens.consume(token, now)) {
			throw new NotFoundException("link");
		}
		if (purpose == AccountTokens.Purpose.INVITATION) {
			try {
				accounts.claimPendingEmail(accountId);
			}
			catch (DuplicateKeyException e) {
				// Told to the holder of the address (they opened the emailed link), never to the clinic.
				throw new InvalidFieldException("password", "invitation.email.taken");
			}
		}
		accounts.setPassword(accountId, encoder.encode(form.getPassword()));
		// Whoever knew the old password (or holds another link) is out: every session ends, every other
		// link of the account stops working, and addresses trusted under the old password are forgotten.
		tokens.revokeAll(accountId, now);
		signOutEverywhere(accountId);
		addresses.forget(accountId);
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		audit.recordForAccount(account.clinicId(), account.id(), account.email(), account.role().name(),
				AuditAction.PASSWORD_SET, AuditOutcome.SUCCESS);
	}

	private UUID insert(UUID clinicId, String email, String displayName, Role role, String hash, UUID clientId) {
		UUID id = UUID.randomUUID();
		try {
			accounts.insert(new Account(id, clinicId, email, displayName, role, hash, true, 0, null, clientId),
					clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new InvalidFieldException("email", "account.email.taken");
		}
		return id;
	}

	private StaffMember toStaffMember(Account a) {
		return new StaffMember(a.id(), a.displayName(), a.email(), a.role(), a.enabled(), a.hasPassword(),
				a.isLockedAt(clock.instant()));
	}
}
