package app.quadratus.shared.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Entries a clinical module adds to the client's timeline (assessments, questionnaires...), so the
 * module that draws the timeline never reads another module's tables. Each source answers one narrow,
 * indexed query per page: its newest entries strictly before a moment, at most {@code limit}.
 */
public interface TimelineSource {

	/**
	 * One line of the timeline.
	 *
	 * @param detailKey a message key for the detail, with up to three {@code args}; null when {@code detail} is text
	 */
	record Entry(Instant at, String kind, UUID id, String href, String detailKey, String detail, List<Object> args) {

		public Entry(Instant at, String kind, UUID id, String href, String detailKey, String detail) {
			this(at, kind, id, href, detailKey, detail, List.of());
		}

		/** The argument at {@code index}, or an empty text, for a message with fewer arguments. */
		public Object arg(int index) {
			return index < args.size() ? args.get(index) : "";
		}
	}

	/** Within the signed-in person's clinic; the caller audits the view once for the whole page. */
	List<Entry> before(UUID clientId, Instant before, int limit);
}
