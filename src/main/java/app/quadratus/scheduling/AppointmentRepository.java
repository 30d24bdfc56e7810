package app.quadratus.scheduling;

import static app.quadratus.scheduling.ScheduleRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.ConflictException;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appointments. Every read takes the clinic id and a narrow, indexed time range: per therapist, per room
 * or per client by (clinic, resource, starts_at), so a clinic's years of history never get scanned.
 */
@Repository
class AppointmentRepository {

	/** No appointment is longer than this (appointment_type allows 8 hours); bounds the index range. */
	static final Duration LONGEST = Duration.ofHours(10);

	private static final String INSERT = """
			insert into appointment (id, clinic_id, therapist_id, room_id, client_id, type_id, starts_at, ends_at, room_free_at,
			  status, source, created_by, created_at, arrived_at, completed_at, cancelled_at, cancelled_by, cancel_reason, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AppointmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(Appointment a) {
		batch.update(INSERT, values(a));
	}

	void insertAll(List<Appointment> appointments) {
		batch.batchUpdate(INSERT, appointments.stream().map(AppointmentRepository::values).toList());
	}

	/** Saves a transition or a move; a concurrent change of the same appointment is a conflict. */
	void update(Appointment a) {
		int updated = jdbc.sql("""
				update appointment set therapist_id = ?, room_id = ?, starts_at = ?, ends_at = ?, room_free_at = ?, status = ?,
				  arrived_at = ?, completed_at = ?, cancelled_at = ?, cancelled_by = ?, cancel_reason = ?, version = version + 1
				where clinic_id = ? and id = ? and version = ?""")
			.params(a.therapistId(), a.roomId(), SqlTime.of(a.start()), SqlTime.of(a.end()), SqlTime.of(a.roomFreeAt()),
					a.status().name(), SqlTime.of(a.arrivedAt()), SqlTime.of(a.completedAt()), SqlTime.of(a.cancelledAt()),
					a.cancelledBy(), a.cancelReason(), a.clinicId(), a.id(), a.version())
			.update();
		if (updated != 1) {
			throw new ConflictException("scheduling.changedMeanwhile");
		}
	}

	/** The draft treatment session the arrival opened, for the today page's link to session mode. */
	void linkSession(UUID clinicId, UUID id, UUID sessionId) {
		jdbc.sql("update appointment set session_id = ? where clinic_id = ? and id = ?").params(sessionId, clinicId, id).update();
	}

	/** The sessions arrivals opened, by appointment, for a day's list. */
	java.util.Map<UUID, UUID> sessionsOf(UUID clinicId, Collection<UUID> appointmentIds) {
		java.util.Map<UUID, UUID> found = new java.util.HashMap<>();
		if (appointmentIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select id, session_id from appointment where clinic_id = :clinic and id in (:ids) and session_id is not null")
			.param("clinic", clinicId).param("ids", List.copyOf(appointmentIds))
			.query((rs, row) -> found.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
		return found;
	}

	Optional<Appointment> find(UUID clinicId, UUID id) {
		return jdbc.sql("select * from appointment where clinic_id = ? and id = ?").params(clinicId, id)
			.query(AppointmentRepository::map).optional();
	}

	/** The clinic's appointments starting in [from, to), every status, for the calendar and the day list. */
	List<Appointment> starting(UUID clinicId, Instant from, Instant to) {
		return jdbc.sql("select * from appointment where clinic_id = ? and starts_at >= ? and starts_at < ? order by starts_at")
			.params(clinicId, SqlTime.of(from), SqlTime.of(to))
			.query(AppointmentRepository::map).list();
	}

	List<Appointment> ofTherapist(UUID clinicId, UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select * from appointment where clinic_id = ? and therapist_id = ? and starts_at >= ? and starts_at < ?
				order by starts_at""")
			.params(clinicId, therapistId, SqlTime.of(from), SqlTime.of(to))
			.query(AppointmentRepository::map).list();
	}

	/** When the therapist is taken in [from, to): only the columns availability needs. */
	List<TimeRange> therapistBusy(UUID clinicId, UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select starts_at, ends_at from appointment where clinic_id = ? and therapist_id = ?
				and starts_at >= ? and starts_at < ? and ends_at > ? and status <> 'CANCELLED'""")
			.params(clinicId, therapistId, SqlTime.of(from.minus(LONGEST)), SqlTime.of(to), SqlTime.of(from))
			.query((rs, row) -> new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at"))).list();
	}

	/**
	 * When each room is taken in [from, to), up to the end of its turnover buffer: one query for all the
	 * rooms (an index range per room on (clinic, room, starts_at)), split per room here.
	 */
	LinkedHashMap<UUID, List<TimeRange>> roomsBusy(UUID clinicId, Collection<UUID> roomIds, Instant from, Instant to) {
		LinkedHashMap<UUID, List<TimeRange>> busy = new LinkedHashMap<>();
		roomIds.forEach(room -> busy.put(room, new ArrayList<>()));
		if (roomIds.isEmpty()) {
			return busy;
		}
		jdbc.sql("""
				select room_id, starts_at, room_free_at from appointment where clinic_id = :clinic and room_id in (:rooms)
				and starts_at >= :earliest and starts_at < :to and room_free_at > :from and status <> 'CANCELLED'""")
			.param("clinic", clinicId).param("rooms", List.copyOf(roomIds))
			.param("earliest", SqlTime.of(from.minus(LONGEST))).param("to", SqlTime.of(to)).param("from", SqlTime.of(from))
			.query((rs, row) -> busy.get(rs.getObject("room_id", UUID.class))
				.add(new TimeRange(instant(rs, "starts_at"), instant(rs, "room_free_at"))))
			.list();
		// Hired hours take the room too (room hire, at most 12 hours long); the slot claims refuse them anyway.
		jdbc.sql("""
				select room_id, starts_at, ends_at from room_hire where clinic_id = :clinic and room_id in (:rooms)
				and starts_at >= :earliest and starts_at < :to and ends_at > :from and status = 'BOOKED'""")
			.param("clinic", clinicId).param("rooms", List.copyOf(roomIds))
			.param("earliest", SqlTime.of(from.minus(java.time.Duration.ofHours(12)))).param("to", SqlTime.of(to))
			.param("from", SqlTime.of(from))
			.query((rs, row) -> busy.get(rs.getObject("room_id", UUID.class))
				.add(new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at"))))
			.list();
		return busy;
	}

	/** Every appointment of one client, oldest first (their FHIR export). */
	List<Appointment> ofClient(UUID clinicId, UUID clientId) {
		return jdbc.sql("select * from appointment where clinic_id = ? and client_id = ? order by starts_at")
			.params(clinicId, clientId).query(AppointmentRepository::map).list();
	}

	private static Object[] values(Appointment a) {
		List<Object> v = new ArrayList<>();
		v.add(a.id());
		v.add(a.clinicId());
		v.add(a.therapistId());
		v.add(a.roomId());
		v.add(a.clientId());
		v.add(a.typeId());
		v.add(SqlTime.of(a.start()));
		v.add(SqlTime.of(a.end()));
		v.add(SqlTime.of(a.roomFreeAt()));
		v.add(a.status().name());
		v.add(a.source().name());
		v.add(a.createdBy());
		v.add(SqlTime.of(a.createdAt()));
		v.add(SqlTime.of(a.arrivedAt()));
		v.add(SqlTime.of(a.completedAt()));
		v.add(SqlTime.of(a.cancelledAt()));
		v.add(a.cancelledBy());
		v.add(a.cancelReason());
		return v.toArray();
	}

	private static Appointment map(ResultSet rs, int row) throws SQLException {
		return new Appointment(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), rs.getObject("room_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("type_id", UUID.class), instant(rs, "starts_at"),
				instant(rs, "ends_at"), instant(rs, "room_free_at"), AppointmentStatus.valueOf(rs.getString("status")),
				AppointmentSource.valueOf(rs.getString("source")), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), instant(rs, "arrived_at"), instant(rs, "completed_at"),
				instant(rs, "cancelled_at"), rs.getObject("cancelled_by", UUID.class), rs.getString("cancel_reason"),
				rs.getInt("version"));
	}
}
