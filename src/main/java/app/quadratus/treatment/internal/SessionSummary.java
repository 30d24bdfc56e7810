package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.UUID;

/** A line of the client's session list: no note, no log, only what the list shows. */
public record SessionSummary(UUID id, String status, Instant startedAt, Integer painBefore, Integer painAfter,
		int releaseCount) {
}
