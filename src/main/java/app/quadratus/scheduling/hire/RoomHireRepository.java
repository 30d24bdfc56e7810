package app.quadratus.scheduling.hire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoomHireRepository {

	/** The slot size of slot_claim (see V29): a hire claims its room the way an appointment does. */
	static final int SLOT_MINUTES = 5;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	RoomHireRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(RoomHire h) {
		jdbc.sql("""
				insert into room_hire (id, clinic_id, room_id, hirer_id, starts_at, ends_at, hourly_rate_pence, status, created_at, cancelled_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(h.id(), h.clinicId(), h.roomId(), h.hirerId(), SqlTime.of(h.start()), SqlTime.of(h.end()),
					h.hourlyRatePence(), h.status().name(), SqlTime.of(h.createdAt()), SqlTime.of(h.cancelledAt()))
			.update();
	}

	void markCancelled(RoomHire h) {
		jdbc.sql("update room_hire set status = ?, cancelled_at = ? where clinic_id = ? and id = ?")
			.params(h.status().name(), SqlTime.of(h.cancelledAt()), h.clinicId(), h.id()).update();
	}

	/**
	 * Claims the room's slots for the hire. The primary key of slot_claim refuses a slot already held by
	 * an appointment (up to its turnover buffer) or another hire: the caller's transaction then fails.
	 */
	void claim(RoomHire h) {
		List<Object[]> rows = new ArrayList<>();
		for (Instant slot = h.start(); slot.isBefore(h.end()); slot = slot.plus(SLOT_MINUTES, ChronoUnit.MINUTES)) {
			rows.add(new Object[] { h.clinicId(), "ROOM", h.roomId(), SqlTime.of(slot), h.id() });
		}
		batch.batchUpdate("insert into slot_claim (clinic_id, resource_kind, resource_id, slot_start, booking_id) values (?, ?, ?, ?, ?)",
				rows);
	}

	void release(RoomHire h) {
		jdbc.sql("delete from slot_claim where clinic_id = ? and booking_id = ?").params(h.clinicId(), h.id()).update();
	}

	/** Claimed slots of a room in [from, to), whoever holds them: for showing free hours. */
	List<Instant> claimedSlots(UUID clinicId, UUID roomId, Instant from, Instant to) {
		return jdbc.sql("""
				select slot_start from slot_claim where clinic_id = ? and resource_kind = 'ROOM' and resource_id = ?
				and slot_start >= ? and slot_start < ?""")
			.params(clinicId, roomId, SqlTime.of(from), SqlTime.of(to))
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
	}

	Optional<RoomHire> find(UUID clinicId, UUID id) {
		return jdbc.sql("select * from room_hire where clinic_id = ? and id = ?").params(clinicId, id)
			.query(RoomHireRepository::map).optional();
	}

	/** A hirer's hires starting in [from, to), cancelled ones too (the hirer sees what they cancelled). */
	List<RoomHire> ofHirer(UUID clinicId, UUID hirerId, Instant from, Instant to) {
		return jdbc.sql("""
				select * from room_hire where clinic_id = ? and hirer_id = ? and starts_at >= ? and starts_at < ?
				order by starts_at""")
			.params(clinicId, hirerId, SqlTime.of(from), SqlTime.of(to)).query(RoomHireRepository::map).list();
	}

	/** Every hire of the clinic starting in [from, to). */
	List<RoomHire> inClinic(UUID clinicId, Instant from, Instant to) {
		return jdbc.sql("select * from room_hire where clinic_id = ? and starts_at >= ? and starts_at < ? order by starts_at")
			.params(clinicId, SqlTime.of(from), SqlTime.of(to)).query(RoomHireRepository::map).list();
	}

	/** Minutes of clinic appointments per room starting in [from, to), not counting cancelled ones. */
	List<RoomMinutes> clinicMinutes(UUID clinicId, Instant from, Instant to) {
		return jdbc.sql("""
				select room_id, starts_at, ends_at from appointment where clinic_id = ? and starts_at >= ? and starts_at < ?
				and status <> 'CANCELLED'""")
			.params(clinicId, SqlTime.of(from), SqlTime.of(to))
			.query((rs, row) -> new RoomMinutes(rs.getObject("room_id", UUID.class),
					ChronoUnit.MINUTES.between(instant(rs, "starts_at"), instant(rs, "ends_at"))))
			.list();
	}

	record RoomMinutes(UUID roomId, long minutes) {
	}

	HireHours hours(UUID clinicId) {
		return jdbc.sql("select hire_opens, hire_closes from practice_settings where clinic_id = ?").param(clinicId)
			.query((rs, row) -> new HireHours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)))
			.optional().orElse(HireHours.DEFAULT);
	}

	void saveHours(UUID clinicId, HireHours hours, int defaultReminderHours) {
		int updated = jdbc.sql("update practice_settings set hire_opens = ?, hire_closes = ? where clinic_id = ?")
			.params(hours.opens(), hours.closes(), clinicId).update();
		if (updated == 0) {
			jdbc.sql("insert into practice_settings (clinic_id, hire_opens, hire_closes, reminder_hours_before) values (?, ?, ?, ?)")
				.params(clinicId, hours.opens(), hours.closes(), defaultReminderHours).update();
		}
	}

	private static RoomHire map(ResultSet rs, int row) throws SQLException {
		return new RoomHire(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("room_id", UUID.class), rs.getObject("hirer_id", UUID.class), instant(rs, "starts_at"),
				instant(rs, "ends_at"), rs.getInt("hourly_rate_pence"), RoomHire.Status.valueOf(rs.getString("status")),
				instant(rs, "created_at"), instant(rs, "cancelled_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
