package app.quadratus.audit;

import java.util.List;
import java.util.Optional;

import app.quadratus.audit.AuditRepository.AuditFilter;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;

/** The owner's view of the audit log, and the check that its chain is unbroken. */
@Service
public class AuditTrail {

	private final AuditRepository repository;

	AuditTrail(AuditRepository repository) {
		this.repository = repository;
	}

	@OwnerAccess
	public List<AuditEntry> search(AuditFilter filter, int limit, int offset) {
		return repository.search(CurrentUser.clinicId(), filter, limit, offset);
	}

	/** The first entry whose hash does not match its content or its predecessor; empty when intact. */
	@OwnerAccess
	public Optional<AuditEntry> firstBreak() {
		return AuditChain.firstBreak(repository.chainOf(CurrentUser.clinicId()));
	}
}
