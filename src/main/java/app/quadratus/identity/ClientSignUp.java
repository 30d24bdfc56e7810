package app.quadratus.identity;

import java.time.Clock;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client who registers while booking online: a CLIENT account of the clinic, tied to the client record
 * the caller has just created, with a password the policy accepts, signed in at once on a fresh session.
 */
@Service
public class ClientSignUp {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	ClientSignUp(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** The message key of the password rule this password breaks, if any (checked before anything is created). */
	public java.util.Optional<String> passwordProblem(String password) {
		return policy.problemWith(password);
	}

	/**
	 * Creates the account. An address that already has an account (here or in another clinic: addresses
	 * are unique) is refused with one message for both, so the page tells no more than "sign in instead".
	 *
	 * @throws InvalidFieldException on {@code password} or {@code email}
	 */
	@Transactional
	public UUID register(UUID clinicId, UUID clientId, String email, String displayName, String password) {
		policy.problemWith(password).ifPresent(problem -> {
			throw new InvalidFieldException("password", problem);
		});
		UUID id = UUID.randomUUID();
		try {
			accounts.insert(new Account(id, clinicId, email.trim(), displayName.trim(), Role.CLIENT, encoder.encode(password),
					true, 0, null, clientId), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new InvalidFieldException("email", "booking.register.emailTaken");
		}
		audit.recordForAccount(clinicId, id, email.trim(), Role.CLIENT.name(), AuditAction.CREATE,
				app.quadratus.audit.AuditOutcome.SUCCESS);
		return id;
	}

	/** Signs the new account in on a new session id (no fixation), as a password sign-in would. */
	public void signIn(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
		SignedInAccount account = accounts.findById(accountId).map(a -> new SignedInAccount(a, false))
			.orElseThrow(() -> new IllegalStateException("account " + accountId + " was just created"));
		account.eraseCredentials();
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
