package app.quadratus.treatment.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of sessions ended: the start time and id of its last session, as an opaque string, so
 * the next page is a keyset query that stays fast however many sessions a client has.
 */
public record SessionCursor(Instant startedAt, UUID id) {

	public static SessionCursor after(SessionSummary last) {
		return new SessionCursor(last.startedAt(), last.id());
	}

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString((startedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** Empty for a string that is not a cursor this class wrote. */
	public static Optional<SessionCursor> decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			return parts.length == 2 ? Optional.of(new SessionCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])))
					: Optional.empty();
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}
}
