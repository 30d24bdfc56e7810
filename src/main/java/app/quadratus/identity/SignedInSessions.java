package app.quadratus.identity;

import java.util.UUID;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every application instance: sessions live in the database
 * (Spring Session JDBC), indexed by the sign-in email, and an ended session is refused by whichever
 * instance receives its next request (Spring Security's ConcurrentSessionFilter, "/login?expired").
 * Half-signed-in sessions (password right, code still to come) carry the same email and end too.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	private final AccountRepository accounts;

	SignedInSessions(SessionRegistry registry, AccountRepository accounts) {
		this.registry = registry;
		this.accounts = accounts;
	}

	void endAllOf(UUID accountId) {
		accounts.findById(accountId).ifPresent(this::endAllOf);
	}

	void endAllOf(Account account) {
		registry.getAllSessions(account.email(), false).forEach(SessionInformation::expireNow);
	}
}
