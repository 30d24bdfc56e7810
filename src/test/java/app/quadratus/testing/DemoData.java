package app.quadratus.testing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up demo records by their known names, for tests that need ids. Reads tables directly. */
@Component
public class DemoData {

	private final JdbcClient jdbc;

	public DemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID clinicOf(String email) {
		return jdbc.sql("select clinic_id from account where email = ?").param(email).query(UUID.class).single();
	}

	public UUID accountId(String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(UUID.class).single();
	}

	/** Any client of the clinic the account belongs to. */
	public UUID aClientOf(String email) {
		return jdbc.sql("select id from client where clinic_id = ? order by created_at limit 1").param(clinicOf(email))
			.query(UUID.class)
			.single();
	}

	public UUID aRoomOf(String email) {
		return jdbc.sql("select id from room where clinic_id = ? order by name limit 1").param(clinicOf(email))
			.query(UUID.class)
			.single();
	}

	public UUID aConsentOf(String email) {
		return jdbc.sql("select id from client_consent where clinic_id = ? limit 1").param(clinicOf(email))
			.query(UUID.class)
			.list()
			.get(0);
	}

	/** Any assessment of the clinic the account belongs to (the demo seeds one in each clinic). */
	public UUID anAssessmentOf(String email) {
		return jdbc.sql("select id from assessment where clinic_id = ? order by assessed_at, id limit 1")
			.param(clinicOf(email))
			.query(UUID.class)
			.single();
	}

	/** The client an assessment belongs to. */
	public UUID clientOfAssessment(UUID assessmentId) {
		return jdbc.sql("select client_id from assessment where id = ?").param(assessmentId).query(UUID.class).single();
	}

	public long auditCount(UUID clientId, String action) {
		return jdbc.sql("select count(*) from audit_event where client_id = ? and action = ?").params(clientId, action)
			.query(Long.class)
			.single();
	}

	public UUID anOutcomeAssignmentOf(String email) {
		return jdbc.sql("select id from outcome_assignment where clinic_id = ? order by created_at, id limit 1")
			.param(clinicOf(email)).query(UUID.class).single();
	}

	public UUID anOutcomeResponseOf(String email) {
		return jdbc.sql("select id from outcome_response where clinic_id = ? order by started_at, id limit 1")
			.param(clinicOf(email)).query(UUID.class).single();
	}

	/** A care-team share given in the clinic the account belongs to (the demo gives one in each clinic). */
	public UUID aCareShareOf(String email) {
		return jdbc.sql("select id from care_share where clinic_id = ? order by granted_at, id limit 1")
			.param(clinicOf(email)).query(UUID.class).single();
	}

	/** The client record a client account belongs to. */
	public UUID clientOfAccount(String email) {
		return jdbc.sql("select client_id from account where email = ?").param(email).query(UUID.class).single();
	}

	/** Any home programme of the clinic the account belongs to (the demo gives one in each clinic). */
	public UUID aProgrammeOf(String email) {
		return jdbc.sql("select id from home_programme where clinic_id = ? order by created_at, id limit 1")
			.param(clinicOf(email)).query(UUID.class).list().get(0);
	}

	/** Any exercise of the clinic's own (the demo adds one in each clinic). */
	public String anOwnExerciseOf(String email) {
		return jdbc.sql("select id from clinic_exercise where clinic_id = ? order by created_at, id limit 1")
			.param(clinicOf(email)).query(String.class).list().get(0);
	}

	/** A booked (future) appointment of the clinic the account belongs to. */
	public UUID anAppointmentOf(String email) {
		return jdbc.sql("select id from appointment where clinic_id = ? and status = 'BOOKED' order by starts_at, id limit 1")
			.param(clinicOf(email)).query(UUID.class).single();
	}

	/**
	 * A future room hire of the clinic the account belongs to. The second demo clinic lets no room, so one
	 * is written here (without slot claims: nothing books that far ahead) the first time it is asked for.
	 */
	public UUID aRoomHireOf(String email) {
		UUID clinic = clinicOf(email);
		return jdbc.sql("select id from room_hire where clinic_id = ? order by starts_at, id limit 1").param(clinic)
			.query(UUID.class).optional().orElseGet(() -> {
				UUID id = UUID.randomUUID();
				java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusYears(3)
					.withHour(10).withMinute(0).withSecond(0).withNano(0);
				jdbc.sql("""
						insert into room_hire (id, clinic_id, room_id, hirer_id, starts_at, ends_at, hourly_rate_pence, status, created_at)
						values (?, ?, ?, ?, ?, ?, 1000, 'BOOKED', ?)""")
					.params(id, clinic, aRoomOf(email), accountId(email), start, start.plusHours(1), start.minusYears(3))
					.update();
				return id;
			});
	}
}
