package app.quadratus.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The PostgreSQL driver cannot bind an Instant; both it and H2 bind an OffsetDateTime to a
 * "timestamp with time zone" column. Every instant written to the database goes through here.
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
