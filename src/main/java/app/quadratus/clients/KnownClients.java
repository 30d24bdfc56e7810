package app.quadratus.clients;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clients already found in the signed-in person's clinic within the current transaction. The chart
 * loads its client once; every section then asks "is this a client of my clinic?" again through
 * {@link ClientRecords#requireExists}: within the same transaction the answer cannot have changed, so
 * it is given from here instead of another query. Outside a transaction nothing is remembered.
 */
final class KnownClients {

	private static final Object KEY = KnownClients.class;

	private KnownClients() {
	}

	record Known(UUID clinicId, UUID clientId) {
	}

	static void remember(UUID clinicId, UUID clientId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Known> known = (Set<Known>) TransactionSynchronizationManager.getResource(KEY);
		if (known == null) {
			Set<Known> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(KEY, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			known = fresh;
		}
		known.add(new Known(clinicId, clientId));
	}

	static boolean contains(UUID clinicId, UUID clientId) {
		Object known = TransactionSynchronizationManager.getResource(KEY);
		return known instanceof Set<?> set && set.contains(new Known(clinicId, clientId));
	}
}
