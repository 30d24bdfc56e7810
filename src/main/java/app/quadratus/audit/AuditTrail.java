package app.quadratus.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditRepository.AuditFilter;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;

/** The owner's view of the audit log, and the check that its chain is unbroken. */
@Service
public class AuditTrail {

	private static final int VERIFY_BATCH = 5_000;

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
		UUID clinicId = CurrentUser.clinicId();
		String previous = null;
		long after = 0;
		List<AuditEntry> batch;
		do {
			batch = repository.chainAfter(clinicId, after, VERIFY_BATCH);
			Optional<AuditEntry> broken = AuditChain.firstBreak(batch, previous);
			if (broken.isPresent()) {
				return broken;
			}
			if (!batch.isEmpty()) {
				previous = batch.get(batch.size() - 1).hash();
				after = batch.get(batch.size() - 1).id();
			}
		}
		while (batch.size() == VERIFY_BATCH);
		return Optional.empty();
	}
}
