package app.quadratus.outcomes;

import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The points of care that make scheduled measures due: each signed session, and each plan's review
 * date. Written from treatment's events, so a redelivered event changes nothing (the source id is unique).
 */
@Repository
class CarePoints {

	static final String SESSION = "SESSION";

	static final String REVIEW = "REVIEW";

	private final JdbcClient jdbc;

	CarePoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void sessionSigned(UUID clinicId, UUID clientId, UUID sessionId, Instant at, Instant now) {
		jdbc.sql("""
				insert into outcome_care_point (id, clinic_id, client_id, kind, source_id, occurs_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), clinicId, clientId, SESSION, sessionId, SqlTime.of(at), SqlTime.of(now))
			.update();
	}

	/** The plan's review is on this day now: an agreed revision moves it. */
	void review(UUID clinicId, UUID clientId, UUID planId, Instant at, Instant now) {
		jdbc.sql("delete from outcome_care_point where kind = ? and source_id = ? and clinic_id = ?")
			.params(REVIEW, planId, clinicId).update();
		jdbc.sql("""
				insert into outcome_care_point (id, clinic_id, client_id, kind, source_id, occurs_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clinicId, clientId, REVIEW, planId, SqlTime.of(at), SqlTime.of(now))
			.update();
	}
}
