package app.quadratus.scheduling.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedRepository {

	private final JdbcClient jdbc;

	FeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Feed(UUID therapistId, UUID clinicId, boolean showClientNames, Instant createdAt) {
	}

	/** A therapist's appointment as the feed needs it: times, type, room and client ids. */
	record Booked(UUID id, Instant start, Instant end, String status, String typeName, UUID roomId, UUID clientId) {
	}

	Optional<Feed> byTokenHash(String hash) {
		// A feed lives only as long as its holder may see the diary: a disabled or demoted account's old
		// address answers like an unknown one.
		return jdbc.sql("""
				select f.* from calendar_feed f join account a on a.id = f.therapist_id and a.clinic_id = f.clinic_id
				where f.token_hash = ? and a.enabled = true and a.role in ('OWNER', 'THERAPIST')""")
			.param(hash).query(FeedRepository::map).optional();
	}

	Optional<Feed> of(UUID clinicId, UUID therapistId) {
		return jdbc.sql("select * from calendar_feed where clinic_id = ? and therapist_id = ?").params(clinicId, therapistId)
			.query(FeedRepository::map).optional();
	}

	/** Replaces the therapist's feed, so the old secret stops working in the same transaction. */
	void replace(UUID clinicId, UUID therapistId, String tokenHash, boolean showClientNames, Instant now) {
		delete(clinicId, therapistId);
		jdbc.sql("insert into calendar_feed (therapist_id, clinic_id, token_hash, show_client_names, created_at) values (?, ?, ?, ?, ?)")
			.params(therapistId, clinicId, tokenHash, showClientNames, SqlTime.of(now)).update();
	}

	void delete(UUID clinicId, UUID therapistId) {
		jdbc.sql("delete from calendar_feed where clinic_id = ? and therapist_id = ?").params(clinicId, therapistId).update();
	}

	int showClientNames(UUID clinicId, UUID therapistId, boolean show) {
		return jdbc.sql("update calendar_feed set show_client_names = ? where clinic_id = ? and therapist_id = ?")
			.params(show, clinicId, therapistId).update();
	}

	List<Booked> appointments(UUID clinicId, UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select a.id, a.starts_at, a.ends_at, a.status, t.name, a.room_id, a.client_id
				from appointment a join appointment_type t on t.id = a.type_id
				where a.clinic_id = ? and a.therapist_id = ? and a.starts_at >= ? and a.starts_at < ?
				order by a.starts_at""")
			.params(clinicId, therapistId, SqlTime.of(from), SqlTime.of(to))
			.query((rs, row) -> new Booked(rs.getObject(1, UUID.class), instant(rs, 2), instant(rs, 3), rs.getString(4),
					rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)))
			.list();
	}

	private static Feed map(ResultSet rs, int row) throws SQLException {
		return new Feed(rs.getObject("therapist_id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getBoolean("show_client_names"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
