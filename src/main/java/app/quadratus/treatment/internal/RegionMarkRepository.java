package app.quadratus.treatment.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.BodySide;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The taps of session mode's body chart, one row per idempotency key (unique per session). */
@Repository
public class RegionMarkRepository {

	/** One tap: the region (and side) marked treated, or unmarked. */
	public record Mark(String region, BodySide side, boolean treated) {
	}

	private final JdbcClient jdbc;

	RegionMarkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the tap under its key; false when the key was already used (the database's unique key decides). */
	public boolean insertOnce(UUID clinicId, UUID sessionId, String key, Mark mark, UUID by, Instant at) {
		return jdbc.sql("""
				insert into session_region_mark (id, clinic_id, session_id, idempotency_key, region, side, treated,
				    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(UUID.randomUUID(), clinicId, sessionId, key, mark.region(), mark.side() == null ? null : mark.side().id(),
					mark.treated(), by, SqlTime.of(at))
			.update() == 1;
	}

	public Optional<Mark> byKey(UUID clinicId, UUID sessionId, String key) {
		return jdbc.sql("""
				select region, side, treated from session_region_mark
				where clinic_id = ? and session_id = ? and idempotency_key = ?""")
			.params(clinicId, sessionId, key)
			.query((rs, row) -> new Mark(rs.getString("region"), side(rs.getString("side")), rs.getBoolean("treated")))
			.optional();
	}

	private static BodySide side(String id) {
		for (BodySide side : BodySide.values()) {
			if (side.id().equals(id)) {
				return side;
			}
		}
		return null;
	}
}
