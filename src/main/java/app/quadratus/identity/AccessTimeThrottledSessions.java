package app.quadratus.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last-access time at most once a minute.
 *
 * <p>Spring Session sets the last-access time on every request, and a changed time is an UPDATE and a
 * commit of the session row: on PostgreSQL an fsync per page view, even for a page that reads nothing.
 * The benchmark (docs/performance.md) found it to be the floor under every page. Here a new access time
 * is passed on only when the stored one is a minute old or more; any other change (sign-in, an
 * attribute, a new id, ending the session) is written as before.
 *
 * <p>Consequence, on purpose: the stored time lags the real last request by less than a minute, so an
 * idle session ends between 29 and 30 minutes after its last request, never later (PRODUCT.md privacy:
 * 30 minutes idle).
 */
final class AccessTimeThrottledSessions implements FindByIndexNameSessionRepository<AccessTimeThrottledSessions.Throttled> {

	static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> stored;

	@SuppressWarnings("unchecked")
	AccessTimeThrottledSessions(FindByIndexNameSessionRepository<? extends Session> stored) {
		// Safe: every session handed back to the store came from it (see Throttled.stored).
		this.stored = (FindByIndexNameSessionRepository<Session>) stored;
	}

	@Override
	public Throttled createSession() {
		return new Throttled(stored.createSession());
	}

	@Override
	public void save(Throttled session) {
		stored.save(session.stored);
	}

	@Override
	public Throttled findById(String id) {
		Session session = stored.findById(id);
		return session == null ? null : new Throttled(session);
	}

	@Override
	public void deleteById(String id) {
		stored.deleteById(id);
	}

	@Override
	public Map<String, Throttled> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return stored.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new Throttled(entry.getValue())));
	}

	/** A stored session whose last-access time moves only when the stored one is a minute old. */
	static final class Throttled implements Session {

		private final Session stored;

		private Throttled(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(WRITE_INTERVAL))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
