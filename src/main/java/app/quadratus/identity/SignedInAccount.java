package app.quadratus.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps for a signed-in account. Holds no password once signed in. */
final class SignedInAccount implements UserDetails, ClinicPrincipal, CredentialsContainer {

	private Account account;

	private final boolean locked;

	private final boolean enabled;

	private String passwordHash;

	/** @param locked whether sign-in is paused for this attempt (see {@link AccountDetailsService}) */
	SignedInAccount(Account account, boolean locked) {
		this.account = account;
		this.locked = locked;
		this.enabled = account.enabled() && account.hasPassword();
		this.passwordHash = account.passwordHash();
	}

	@Override
	public UUID accountId() {
		return account.id();
	}

	@Override
	public UUID clinicId() {
		return account.clinicId();
	}

	@Override
	public Role role() {
		return account.role();
	}

	@Override
	public String email() {
		return account.email();
	}

	@Override
	public String displayName() {
		return account.displayName();
	}

	@Override
	public UUID clientId() {
		return account.clientId();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(account.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.email();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
		// The session (stored in the database) keeps no copy of the hash either.
		account = new Account(account.id(), account.clinicId(), account.email(), account.displayName(), account.role(), null,
				account.enabled(), account.failedLogins(), account.lockedUntil(), account.clientId());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInAccount that && that.account.id().equals(account.id());
	}

	@Override
	public int hashCode() {
		return account.id().hashCode();
	}

	@Override
	public String toString() {
		return "SignedInAccount[" + account.id() + "]";
	}
}
