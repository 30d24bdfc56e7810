package app.quadratus.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.shared.db.JobClaims;
import app.quadratus.shared.security.ClinicPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audits sign-ins and sign-outs (PS-14). Failed attempts are audited by {@link LoginThrottle} as it
 * counts them, once per attempt, for form and HTTP Basic alike.
 * <p>
 * Every form sign-in is recorded. HTTP Basic authenticates every API request afresh: an entry per
 * request would double the audit writes (and chain-head locks) of every API call and bury the rest of
 * the log, while each API read or change already records its account, time and address. So an API
 * sign-in is recorded once per account and address an hour, however many instances serve the API: the
 * hour is claimed in the database ({@link JobClaims}); each instance remembers its own claims so that
 * the database is asked at most once an hour per account and address per instance.
 */
@Component
class SignInAuditor {

	static final Duration API_SIGN_IN_QUIET = Duration.ofHours(1);

	private static final int MAX_REMEMBERED = 10_000;

	private final AuditLog audit;

	private final Clock clock;

	/** When an account last had an API sign-in recorded from an address ("account address"). */
	private final Map<String, Instant> lastApiSignIn = new ConcurrentHashMap<>();

	private final JobClaims claims;

	SignInAuditor(AuditLog audit, Clock clock, JobClaims claims) {
		this.audit = audit;
		this.clock = clock;
		this.claims = claims;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.SIGN_IN);
	}

	/** Published for every authentication; only HTTP Basic on the API is handled here (forms above). */
	@EventListener
	void onApiSignIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (!onTheApi() || !(authentication.getPrincipal() instanceof ClinicPrincipal who)
				|| !(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
			return;
		}
		Instant now = clock.instant();
		if (lastApiSignIn.size() > MAX_REMEMBERED) {
			lastApiSignIn.values().removeIf(at -> at.isBefore(now.minus(API_SIGN_IN_QUIET)));
		}
		String key = who.accountId() + " " + details.getRemoteAddress();
		Instant previous = lastApiSignIn.get(key);
		if (previous != null && now.isBefore(previous.plus(API_SIGN_IN_QUIET))) {
			return;
		}
		boolean first = previous == null ? lastApiSignIn.putIfAbsent(key, now) == null
				: lastApiSignIn.replace(key, previous, now);
		// The claim's key fits job_claim.job (100): 12 + 36 + 1 + at most 45 for an IPv6 address.
		if (first && claims.claim("api-sign-in " + key.substring(0, Math.min(key.length(), 82)), API_SIGN_IN_QUIET)) {
			record(authentication, AuditAction.SIGN_IN);
		}
	}

	@EventListener
	void onSignOut(LogoutSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.SIGN_OUT);
	}

	private void record(Authentication authentication, AuditAction action) {
		if (authentication != null && authentication.getPrincipal() instanceof ClinicPrincipal who) {
			audit.recordForAccount(who.clinicId(), who.accountId(), who.email(), who.role().name(), action,
					AuditOutcome.SUCCESS);
		}
	}

	/** HTTP Basic is the API's door only (SecurityConfiguration), so the path tells the two apart. */
	private static boolean onTheApi() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/");
	}
}
