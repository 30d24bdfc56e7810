package app.quadratus.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditRepository.ChainHead;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into their clinic's keyed chain, in the background. Requests insert
 * their entry unsealed in their own transaction and take no lock, so chart views no longer queue behind
 * each other on the clinic's chain head; the sealer takes that lock instead, once per batch. The head
 * row is claimed with {@code FOR UPDATE SKIP LOCKED}: however many app instances run, one seals a
 * clinic at a time and the others move on. Entries are chained in the order the sealer finds them
 * committed ({@code seal_seq}), not by id, so an entry whose transaction commits late is sealed in a
 * later round instead of being skipped.
 */
@Component
public class AuditSealer {

	private static final int BATCH = 500;

	private final AuditRepository repository;

	private final AuditChain chain;

	private final TransactionTemplate transaction;

	AuditSealer(AuditRepository repository, AuditChain chain, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.chain = chain;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(fixedDelayString = "${quadratus.audit.seal-every:PT1S}", initialDelayString = "${quadratus.audit.seal-every:PT1S}")
	void sealOnSchedule() {
		sealPending();
	}

	/** Seals what has been committed in every clinic whose chain no other sealer holds; how many entries it sealed. */
	public int sealPending() {
		int sealed = 0;
		for (UUID clinicId : repository.clinicsWithUnsealed()) {
			int batch;
			do {
				batch = sealBatch(clinicId);
				sealed += batch;
			}
			while (batch == BATCH);
		}
		return sealed;
	}

	private int sealBatch(UUID clinicId) {
		Integer sealed = transaction.execute(status -> {
			var head = repository.claimHead(clinicId);
			if (head.isEmpty()) {
				return 0;
			}
			List<AuditEntry> entries = repository.unsealed(clinicId, BATCH);
			if (entries.isEmpty()) {
				return 0;
			}
			String previous = head.get().lastHash();
			List<AuditEntry> sealedEntries = new ArrayList<>(entries.size());
			for (AuditEntry e : entries) {
				String hash = chain.seal(e, previous);
				sealedEntries.add(new AuditEntry(e.id(), e.occurredAt(), e.clinicId(), e.actorId(), e.actorEmail(), e.actorRole(),
						e.action(), e.objectType(), e.objectId(), e.clientId(), e.outcome(), e.address(), previous, hash));
				previous = hash;
			}
			long firstSeq = head.get().lastSeq() + 1;
			repository.seal(sealedEntries, firstSeq);
			repository.moveHead(clinicId, new ChainHead(previous, firstSeq + entries.size() - 1));
			return entries.size();
		});
		return sealed == null ? 0 : sealed;
	}
}
