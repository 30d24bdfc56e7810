package app.quadratus.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.audit.AuditRepository.SealedEntry;
import org.springframework.stereotype.Component;

/**
 * Walks a clinic's sealed audit chain in chain order, in batches (it never loads the whole log), checking every
 * seal and link, and then that the chain ends where its head says: a chain whose newest entries were
 * deleted is otherwise consistent. Takes no lock, so the clinic keeps working while it runs.
 */
@Component
class ChainVerifier {

	private static final int BATCH = 5_000;

	private final AuditRepository repository;

	private final AuditChain chain;

	ChainVerifier(AuditRepository repository, AuditChain chain) {
		this.repository = repository;
		this.chain = chain;
	}

	ChainCheck check(UUID clinicId) {
		return walk(clinicId).withPending(repository.countUnsealed(clinicId));
	}

	private ChainCheck walk(UUID clinicId) {
		long legacyUpTo = repository.legacyUpTo();
		String previous = null;
		long after = 0;
		long lastId = 0;
		while (true) {
			List<SealedEntry> batch = repository.chainAfter(clinicId, after, BATCH);
			if (batch.isEmpty()) {
				// The head is moved in the transaction that seals its entries, so once the head is read the
				// entry it names is visible: if reading on finds nothing, that entry is gone.
				String head = repository.headOf(clinicId);
				if (Objects.equals(head, previous)) {
					return ChainCheck.INTACT;
				}
				batch = repository.chainAfter(clinicId, after, BATCH);
				if (batch.isEmpty()) {
					return new ChainCheck(null, lastId);
				}
			}
			List<AuditEntry> entries = batch.stream().map(SealedEntry::entry).toList();
			Optional<AuditEntry> broken = chain.firstBreak(entries, previous, legacyUpTo);
			if (broken.isPresent()) {
				return new ChainCheck(broken.get().id(), null);
			}
			SealedEntry last = batch.get(batch.size() - 1);
			previous = last.entry().hash();
			after = last.seq();
			lastId = last.entry().id();
		}
	}
}
