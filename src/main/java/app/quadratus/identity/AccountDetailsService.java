package app.quadratus.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email)
			.map(account -> new SignedInAccount(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
