package app.quadratus.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointment types, working hours, time off and booking rules: small tables, read per clinic. */
@Repository
class ScheduleRepository {

	private final JdbcClient jdbc;

	ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AppointmentType> types(UUID clinicId) {
		return jdbc.sql("select * from appointment_type where clinic_id = ? and active order by name").param(clinicId)
			.query(ScheduleRepository::mapType).list();
	}

	Optional<AppointmentType> type(UUID clinicId, UUID id) {
		return jdbc.sql("select * from appointment_type where clinic_id = ? and id = ?").params(clinicId, id)
			.query(ScheduleRepository::mapType).optional();
	}

	void insertType(AppointmentType t, Instant now) {
		jdbc.sql("""
				insert into appointment_type (id, clinic_id, name, duration_minutes, buffer_minutes, for_new_clients, active, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.clinicId(), t.name(), t.durationMinutes(), t.bufferMinutes(), t.forNewClients(), t.active(),
					SqlTime.of(now))
			.update();
	}

	/** Changes a type of this clinic; false when the id is not one of its types. */
	boolean updateType(UUID clinicId, UUID id, String name, int duration, int buffer, boolean forNewClients, boolean active) {
		return jdbc.sql("""
				update appointment_type set name = ?, duration_minutes = ?, buffer_minutes = ?, for_new_clients = ?, active = ?
				where clinic_id = ? and id = ?""")
			.params(name, duration, buffer, forNewClients, active, clinicId, id).update() == 1;
	}

	/** Every type, the inactive ones too (the owner's page can bring one back). */
	List<AppointmentType> allTypes(UUID clinicId) {
		return jdbc.sql("select * from appointment_type where clinic_id = ? order by active desc, name").param(clinicId)
			.query(ScheduleRepository::mapType).list();
	}

	List<WorkingBlock> week(UUID clinicId, UUID therapistId) {
		return jdbc.sql("select day_of_week, starts, ends from working_hours where clinic_id = ? and therapist_id = ? order by day_of_week, starts")
			.params(clinicId, therapistId)
			.query((rs, row) -> new WorkingBlock(DayOfWeek.of(rs.getInt("day_of_week")),
					rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class)))
			.list();
	}

	/** Staff with a working week of their own (an owner who also treats, for instance). */
	List<UUID> withWorkingHours(UUID clinicId) {
		return jdbc.sql("select distinct therapist_id from working_hours where clinic_id = ?").param(clinicId)
			.query(UUID.class).list();
	}

	void deleteWeek(UUID clinicId, UUID therapistId) {
		jdbc.sql("delete from working_hours where clinic_id = ? and therapist_id = ?").params(clinicId, therapistId).update();
	}

	boolean deleteTimeOff(UUID clinicId, UUID therapistId, UUID id) {
		return jdbc.sql("delete from schedule_exception where clinic_id = ? and therapist_id = ? and id = ?")
			.params(clinicId, therapistId, id).update() == 1;
	}

	void insertBlock(UUID clinicId, UUID therapistId, WorkingBlock block) {
		jdbc.sql("insert into working_hours (id, clinic_id, therapist_id, day_of_week, starts, ends) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), clinicId, therapistId, block.day().getValue(), block.starts(), block.ends())
			.update();
	}

	List<ScheduleException> timeOff(UUID clinicId, UUID therapistId, Instant from, Instant to) {
		return jdbc.sql("""
				select * from schedule_exception where clinic_id = ? and therapist_id = ? and starts_at < ? and ends_at > ?
				order by starts_at""")
			.params(clinicId, therapistId, SqlTime.of(to), SqlTime.of(from))
			.query((rs, row) -> new ScheduleException(rs.getObject("id", UUID.class), rs.getObject("therapist_id", UUID.class),
					instant(rs, "starts_at"), instant(rs, "ends_at"), ScheduleException.Reason.valueOf(rs.getString("reason"))))
			.list();
	}

	void insertTimeOff(UUID clinicId, ScheduleException e, Instant now) {
		jdbc.sql("insert into schedule_exception (id, clinic_id, therapist_id, starts_at, ends_at, reason, created_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(e.id(), clinicId, e.therapistId(), SqlTime.of(e.start()), SqlTime.of(e.end()), e.reason().name(),
					SqlTime.of(now))
			.update();
	}

	BookingPolicy policy(UUID clinicId) {
		return jdbc.sql("select * from booking_policy where clinic_id = ?").param(clinicId)
			.query((rs, row) -> new BookingPolicy(rs.getInt("minimum_notice_minutes"), rs.getInt("horizon_days"),
					rs.getInt("cancellation_cutoff_hours"), rs.getInt("slot_step_minutes"),
					rs.getBoolean("new_clients_initial_only")))
			.optional()
			.orElse(BookingPolicy.DEFAULTS);
	}

	void savePolicy(UUID clinicId, BookingPolicy p) {
		int updated = jdbc.sql("""
				update booking_policy set minimum_notice_minutes = ?, horizon_days = ?, cancellation_cutoff_hours = ?,
				  slot_step_minutes = ?, new_clients_initial_only = ? where clinic_id = ?""")
			.params(p.minimumNoticeMinutes(), p.horizonDays(), p.cancellationCutoffHours(), p.slotStepMinutes(),
					p.newClientsInitialOnly(), clinicId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into booking_policy (clinic_id, minimum_notice_minutes, horizon_days, cancellation_cutoff_hours,
					  slot_step_minutes, new_clients_initial_only) values (?, ?, ?, ?, ?, ?)""")
				.params(clinicId, p.minimumNoticeMinutes(), p.horizonDays(), p.cancellationCutoffHours(),
						p.slotStepMinutes(), p.newClientsInitialOnly())
				.update();
		}
	}

	private static AppointmentType mapType(ResultSet rs, int row) throws SQLException {
		return new AppointmentType(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getString("name"), rs.getInt("duration_minutes"), rs.getInt("buffer_minutes"),
				rs.getBoolean("for_new_clients"), rs.getBoolean("active"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
