package app.quadratus.identity;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves a session between the three states of a sign-in: half signed in after the password, fully
 * signed in after the second step (with a new session id, as at any sign-in), or signed out.
 */
@Component
class SecondStepSession {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final AccountRepository accounts;

	private final Clock clock;

	SecondStepSession(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The half-signed-in state of the current request, if it is in that state. */
	static Optional<SecondStepPending> pending() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof SecondStepPending pending ? Optional.of(pending) : Optional.empty();
	}

	SecondStepPending begin(HttpServletRequest request, HttpServletResponse response, SignedInAccount account,
			TwoStepSignIn.SecondStep step) {
		SecondStepPending pending = new SecondStepPending(account.accountId(), account.email(), step, clock.instant());
		save(pending, request, response);
		return pending;
	}

	/**
	 * Signs the account in fully, with what the account is now (it may have been disabled or locked
	 * since the password was checked); false if it can no longer sign in.
	 */
	boolean complete(SecondStepPending pending, HttpServletRequest request, HttpServletResponse response) {
		Optional<SignedInAccount> account = accounts.findById(pending.accountId())
			.map(a -> new SignedInAccount(a, a.isLockedAt(clock.instant())))
			.filter(a -> a.isEnabled() && a.isAccountNonLocked());
		if (account.isEmpty()) {
			end(request);
			return false;
		}
		account.get().eraseCredentials();
		request.changeSessionId();
		save(UsernamePasswordAuthenticationToken.authenticated(account.get(), null, account.get().getAuthorities()),
				request, response);
		return true;
	}

	void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
