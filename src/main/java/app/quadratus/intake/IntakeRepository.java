package app.quadratus.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code client_intake} table: one row per client, always read and written with its clinic. */
@Repository
class IntakeRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	IntakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ClientIntake> find(UUID clinicId, UUID clientId) {
		return jdbc.sql("""
				select id, client_id, step, answers, started_at, updated_at, submitted_at from client_intake
				where clinic_id = ? and client_id = ?""")
			.params(clinicId, clientId)
			.query(IntakeRepository::intake)
			.optional();
	}

	/**
	 * Saves the answers and the step reached, on a draft only. The first save inserts; a second first
	 * save at the same moment meets the unique key and updates instead.
	 *
	 * @return false when the intake was already submitted (nothing changed)
	 */
	boolean save(UUID clinicId, UUID clientId, IntakeStep step, IntakeAnswers answers, Instant now) {
		String json = JSON.writeValueAsString(answers);
		if (update(clinicId, clientId, step, json, now)) {
			return true;
		}
		if (find(clinicId, clientId).isPresent()) {
			return false;
		}
		try {
			jdbc.sql("""
					insert into client_intake (id, clinic_id, client_id, step, answers, started_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), clinicId, clientId, step.name(), json, SqlTime.of(now), SqlTime.of(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return update(clinicId, clientId, step, json, now);
		}
	}

	/** Submits the draft; false if there is none or it was submitted already (by another tab, say). */
	boolean submit(UUID clinicId, UUID clientId, Instant now) {
		return jdbc.sql("""
				update client_intake set submitted_at = ?, updated_at = ?, step = ?
				where clinic_id = ? and client_id = ? and submitted_at is null""")
			.params(SqlTime.of(now), SqlTime.of(now), IntakeStep.REVIEW.name(), clinicId, clientId)
			.update() == 1;
	}

	private boolean update(UUID clinicId, UUID clientId, IntakeStep step, String json, Instant now) {
		return jdbc.sql("""
				update client_intake set step = ?, answers = ?, updated_at = ?
				where clinic_id = ? and client_id = ? and submitted_at is null""")
			.params(step.name(), json, SqlTime.of(now), clinicId, clientId)
			.update() == 1;
	}

	private static ClientIntake intake(ResultSet rs, int row) throws SQLException {
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		return new ClientIntake(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				IntakeStep.valueOf(rs.getString("step")), JSON.readValue(rs.getString("answers"), IntakeAnswers.class),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				submitted == null ? null : submitted.toInstant());
	}
}
