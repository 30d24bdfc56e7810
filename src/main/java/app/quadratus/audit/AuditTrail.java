package app.quadratus.audit;

import java.util.List;

import app.quadratus.audit.AuditRepository.AuditFilter;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's view of the audit log, and the check that its chain is unbroken. Looking at the log
 * and checking it are themselves audited (PS-14), in the same transaction as the read.
 */
@Service
public class AuditTrail {

	static final String AUDIT_LOG = "audit-log";

	private final AuditRepository repository;

	private final ChainVerifier verifier;

	private final AuditLog audit;

	private final AuditSealer sealer;

	AuditTrail(AuditRepository repository, ChainVerifier verifier, AuditLog audit, AuditSealer sealer) {
		this.repository = repository;
		this.sealer = sealer;
		this.verifier = verifier;
		this.audit = audit;
	}

	@OwnerAccess
	@Transactional
	public List<AuditEntry> search(AuditFilter filter, int limit, int offset) {
		List<AuditEntry> entries = repository.search(CurrentUser.clinicId(), filter, limit, offset);
		audit.record(AuditAction.VIEW, AUDIT_LOG, null, null);
		return entries;
	}

	/**
	 * Seals what is waiting (unless another sealer holds the chain), checks the clinic's whole sealed chain,
	 * then records the check (after it, so the walk holds no lock).
	 */
	@OwnerAccess
	@Transactional
	public ChainCheck verify() {
		sealer.sealPending();
		ChainCheck check = verifier.check(CurrentUser.clinicId());
		audit.record(AuditAction.VERIFY, AUDIT_LOG, null, null, check.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED);
		return check;
	}
}
