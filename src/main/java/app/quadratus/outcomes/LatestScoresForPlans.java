package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.LatestScores;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newest completed score of each measure, one indexed query, for a new plan's measure goals. */
@Component
class LatestScoresForPlans implements LatestScores {

	private final JdbcClient jdbc;

	LatestScoresForPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Score> of(UUID clientId) {
		return jdbc.sql("""
				select r.measure, r.score, r.completed_at from outcome_response r
				where r.clinic_id = :clinic and r.client_id = :client and r.status = 'COMPLETED' and r.score is not null
				  and r.completed_at = (select max(o.completed_at) from outcome_response o where o.clinic_id = r.clinic_id
				    and o.client_id = r.client_id and o.status = 'COMPLETED' and o.measure = r.measure and o.score is not null)
				order by r.measure""")
			.param("clinic", CurrentUser.clinicId())
			.param("client", clientId)
			.query((rs, n) -> new Score(rs.getString(1).toLowerCase(), rs.getBigDecimal(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.filter(s -> s.measure() != null)
			.toList();
	}

	@Override
	public java.util.Optional<StartBackScore> latestStartBack(UUID clientId) {
		return jdbc.sql("""
				select score, distress, completed_at from outcome_response
				where clinic_id = :clinic and client_id = :client and status = 'COMPLETED' and measure = 'startback'
				  and score is not null and distress is not null
				order by completed_at desc limit 1""")
			.param("clinic", CurrentUser.clinicId())
			.param("client", clientId)
			.query((rs, n) -> new StartBackScore(rs.getBigDecimal(1).intValue(), rs.getInt(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}
}
