package app.quadratus.treatment.internal;

import static app.quadratus.treatment.internal.PlanRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.atlas.BodySide;
import app.quadratus.atlas.Terms;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trigger point release log: inserted once per idempotency key, never updated. */
@Repository
public class ReleaseRepository {

	/** A stored release with the hash of the request that created it, to tell a retry from a misuse of a key. */
	public record Stored(TriggerPointRelease release, String requestSha256) {
	}

	private static final String COLUMNS = """
			id, session_id, muscle, side, point, pressure, hold_seconds, referred_pain_before, referred_pain_after,
			outcome, client_said, created_by, created_at, request_sha256""";

	private final JdbcClient jdbc;

	ReleaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the release unless the session already has one with this key (the unique key decides,
	 * so two instances receiving the same request store one); answers whether this call stored it.
	 */
	public boolean insertOnce(UUID clinicId, UUID clientId, String key, String requestSha256, TriggerPointRelease r) {
		return jdbc.sql("""
				insert into trigger_point_release (id, clinic_id, session_id, client_id, idempotency_key, request_sha256,
				    muscle, side, point, pressure, hold_seconds, referred_pain_before, referred_pain_after, outcome,
				    client_said, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(r.id(), clinicId, r.sessionId(), clientId, key, requestSha256, r.muscle(), r.side().id(), r.point(),
					r.pressure(), r.holdSeconds(), r.referredPainBefore(), r.referredPainAfter(), r.outcome().id(),
					r.clientSaid(), r.recordedBy(), SqlTime.of(r.recordedAt()))
			.update() == 1;
	}

	public Optional<Stored> byKey(UUID clinicId, UUID sessionId, String key) {
		return jdbc.sql("select " + COLUMNS
				+ " from trigger_point_release where clinic_id = ? and session_id = ? and idempotency_key = ?")
			.params(clinicId, sessionId, key)
			.query((rs, row) -> new Stored(release(rs, row), rs.getString("request_sha256")))
			.optional();
	}

	/** The session's log in the order it was written. */
	public List<TriggerPointRelease> of(UUID clinicId, UUID sessionId) {
		return jdbc.sql("select " + COLUMNS + " from trigger_point_release where clinic_id = ? and session_id = ?"
				+ " order by created_at, id")
			.params(clinicId, sessionId).query(ReleaseRepository::release).list();
	}

	private static TriggerPointRelease release(ResultSet rs, int row) throws SQLException {
		return new TriggerPointRelease(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getString("muscle"), Terms.byId(BodySide.class, rs.getString("side")).orElseThrow(),
				rs.getString("point"), rs.getInt("pressure"), rs.getInt("hold_seconds"), rs.getInt("referred_pain_before"),
				rs.getInt("referred_pain_after"), Terms.byId(ReleaseOutcome.class, rs.getString("outcome")).orElseThrow(),
				rs.getString("client_said"), rs.getObject("created_by", UUID.class), instant(rs, "created_at"));
	}
}
