package app.quadratus.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads the account signing in, and decides whether it may try now: paused by its own lock (unless
 * this address is one it has signed in from before) or by its address's block ({@link LoginThrottle}).
 * Rewrites an old-scheme password hash once the password has been checked ({@link PasswordHashing}).
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final SignInAddresses addresses;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, SignInAddresses addresses, Clock clock) {
		this.accounts = accounts;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		String address = currentAddress();
		return accounts.findByEmail(email)
			.map(account -> {
				boolean paused = (account.isLockedAt(clock.instant()) && !addresses.isKnown(account.id(), address))
						|| addresses.isBlocked(address);
				return new SignedInAccount(account, paused);
			})
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
		SignedInAccount signedIn = (SignedInAccount) user;
		accounts.replaceHash(signedIn.accountId(), newEncodedPassword);
		return accounts.findById(signedIn.accountId()).map(account -> new SignedInAccount(account, false))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
