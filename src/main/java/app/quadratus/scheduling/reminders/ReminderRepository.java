package app.quadratus.scheduling.reminders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

	static final String EMAIL_BEFORE = "EMAIL_BEFORE";

	/** A clinic that has not set its reminder time reminds a day ahead. */
	static final int DEFAULT_HOURS_BEFORE = 24;

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A booked appointment whose reminder is not claimed yet, with the clinic's own reminder time. */
	record Due(UUID id, UUID clinicId, UUID clientId, UUID therapistId, UUID roomId, Instant start, String typeName,
			int hoursBefore) {
	}

	/** Booked appointments starting in (now, now + 1 week] without a reminder; the caller applies each clinic's time. */
	List<Due> unreminded(Instant now) {
		return jdbc.sql("""
				select a.id, a.clinic_id, a.client_id, a.therapist_id, a.room_id, a.starts_at, t.name, s.reminder_hours_before
				from appointment a join appointment_type t on t.id = a.type_id
				left join practice_settings s on s.clinic_id = a.clinic_id
				where a.status = 'BOOKED' and a.starts_at > ? and a.starts_at <= ?
				and not exists (select 1 from appointment_reminder r where r.appointment_id = a.id and r.kind = ?)
				order by a.starts_at""")
			.params(SqlTime.of(now), SqlTime.of(now.plusSeconds(168 * 3600L)), EMAIL_BEFORE)
			.query((rs, row) -> {
				int hours = rs.getInt(8);
				boolean clinicDefault = rs.wasNull();
				return new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
						rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
						rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
						clinicDefault ? DEFAULT_HOURS_BEFORE : hours);
			})
			.list();
	}

	/**
	 * Claims the reminder: the primary key (appointment_id, kind) lets exactly one insert succeed, however
	 * many app instances try, so the email is sent once. Runs in the caller's own short transaction.
	 */
	void claim(Due due, Instant now) {
		jdbc.sql("insert into appointment_reminder (appointment_id, kind, clinic_id, claimed_at) values (?, ?, ?, ?)")
			.params(due.id(), EMAIL_BEFORE, due.clinicId(), SqlTime.of(now)).update();
	}

	/** Whether the client asked for no appointment emails. */
	boolean refused(UUID clinicId, UUID clientId) {
		return jdbc.sql("select count(*) from appointment_email_refusal where clinic_id = ? and client_id = ?")
			.params(clinicId, clientId).query(Long.class).single() > 0;
	}

	int hoursBefore(UUID clinicId) {
		return jdbc.sql("select reminder_hours_before from practice_settings where clinic_id = ?").param(clinicId)
			.query(Integer.class).optional().orElse(DEFAULT_HOURS_BEFORE);
	}

	void saveHoursBefore(UUID clinicId, int hours) {
		int updated = jdbc.sql("update practice_settings set reminder_hours_before = ? where clinic_id = ?").params(hours, clinicId)
			.update();
		if (updated == 0) {
			// The hire hours keep their defaults (HireHours.DEFAULT) until the owner sets them.
			jdbc.sql("insert into practice_settings (clinic_id, hire_opens, hire_closes, reminder_hours_before) values (?, '08:00', '21:00', ?)")
				.params(clinicId, hours).update();
		}
	}
}
