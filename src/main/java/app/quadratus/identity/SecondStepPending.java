package app.quadratus.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session whose password was right but whose second step is still to come: half signed in. It
 * carries only the MFA_PENDING authority and its principal is not a ClinicPrincipal, so no
 * role-checked service and no clinic-scoped query accepts it; {@link SecondStepGate} keeps it on the
 * code (or enrolment) page.
 */
final class SecondStepPending extends AbstractAuthenticationToken {

	static final String AUTHORITY = "MFA_PENDING";

	/** A half-signed-in session that takes longer than this to give its code signs in again. */
	static final java.time.Duration LIFETIME = java.time.Duration.ofMinutes(10);

	private final UUID accountId;

	private final String email;

	private final TwoStepSignIn.SecondStep step;

	private final Instant since;

	SecondStepPending(UUID accountId, String email, TwoStepSignIn.SecondStep step, Instant since) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.accountId = accountId;
		this.email = email;
		this.step = step;
		this.since = since;
		setAuthenticated(true);
	}

	UUID accountId() {
		return accountId;
	}

	String email() {
		return email;
	}

	TwoStepSignIn.SecondStep step() {
		return step;
	}

	boolean expiredAt(Instant now) {
		return since.plus(LIFETIME).isBefore(now);
	}

	/** Where the person gives their second step. */
	String page() {
		return step == TwoStepSignIn.SecondStep.ENROL ? "/login/enrol" : "/login/code";
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/** The email only, not a ClinicPrincipal: nothing clinic-scoped can run for this session. */
	@Override
	public Object getPrincipal() {
		return email;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SecondStepPending that && that.accountId.equals(accountId) && that.since.equals(since);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}
}
