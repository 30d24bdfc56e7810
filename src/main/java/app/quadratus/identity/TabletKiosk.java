package app.quadratus.identity;

import java.util.List;
import java.util.Optional;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.audit.AuditOutcome;
import app.quadratus.shared.security.Kiosk;
import app.quadratus.shared.security.KioskHandOver;
import app.quadratus.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The kiosk behind {@link Kiosk}: swaps the session's sign-in for a {@link KioskPrincipal} and keeps
 * the staff sign-in in a {@link KioskLock} until the therapist's password or tablet PIN gives it back.
 * {@link KioskGate} keeps a locked session on the handed-over pages.
 */
@Component
class TabletKiosk implements Kiosk {

	enum Unlock {
		UNLOCKED, WRONG, SIGNED_OUT, NOT_LOCKED
	}

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	TabletKiosk(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Override
	public void handOver(KioskHandOver handOver) {
		Authentication staff = SecurityContextHolder.getContext().getAuthentication();
		if (staff == null || !(staff.getPrincipal() instanceof SignedInAccount account) || !account.role().isStaff()) {
			throw new AccessDeniedException("only a signed-in member of staff can hand the tablet over");
		}
		HttpSession session = currentRequest().getSession();
		audit.record(AuditAction.KIOSK_HANDED_OVER, handOver.objectType(), handOver.objectId(), handOver.clientId());
		session.setAttribute(KioskLock.ATTRIBUTE, new KioskLock(handOver, staff));
		useInSession(session, new UsernamePasswordAuthenticationToken(KioskPrincipal.handedOverBy(account, handOver.clientId()),
				null, List.of(new SimpleGrantedAuthority(Role.KIOSK.authority()))));
	}

	/** The lock of this session, if it is handed over. */
	static Optional<KioskLock> lockOf(HttpSession session) {
		return Optional.ofNullable(session).map(s -> (KioskLock) s.getAttribute(KioskLock.ATTRIBUTE));
	}

	/**
	 * Gives the session back to the member of staff who handed it over, if the secret is their password
	 * or their tablet PIN. Too many wrong secrets sign the session out: the client may not keep guessing.
	 */
	Unlock unlock(HttpServletRequest request, String secret) {
		HttpSession session = request.getSession(false);
		Optional<KioskLock> found = lockOf(session);
		if (found.isEmpty()) {
			return Unlock.NOT_LOCKED;
		}
		KioskLock lock = found.get();
		KioskHandOver handOver = lock.handOver();
		if (secret != null && !secret.isEmpty() && matchesStaffSecret(lock.staffAccount(), secret)) {
			useInSession(session, lock.staff());
			session.removeAttribute(KioskLock.ATTRIBUTE);
			request.changeSessionId();
			audit.record(AuditAction.KIOSK_HANDED_BACK, handOver.objectType(), handOver.objectId(), handOver.clientId());
			return Unlock.UNLOCKED;
		}
		boolean tooMany = lock.failedOnceMore();
		audit.record(AuditAction.KIOSK_UNLOCK_FAILED, handOver.objectType(), handOver.objectId(), handOver.clientId(),
				tooMany ? AuditOutcome.DENIED : AuditOutcome.FAILED);
		if (tooMany) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			return Unlock.SIGNED_OUT;
		}
		session.setAttribute(KioskLock.ATTRIBUTE, lock);
		return Unlock.WRONG;
	}

	/** Both hashes are always checked, so the time taken does not tell whether a PIN is set. */
	private boolean matchesStaffSecret(SignedInAccount staff, String secret) {
		Optional<Account> account = accounts.findById(staff.accountId()).filter(Account::enabled);
		String passwordHash = account.map(Account::passwordHash).orElse(null);
		String pinHash = account.flatMap(a -> accounts.tabletPinHash(a.id())).orElse(null);
		boolean password = passwordHash != null && encoder.matches(secret, passwordHash);
		boolean pin = pinHash != null && encoder.matches(secret, pinHash);
		return password || pin;
	}

	private static void useInSession(HttpSession session, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("a tablet hand-over happens in a web request");
	}
}
