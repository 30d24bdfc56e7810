package app.quadratus.outcomes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.web.TimelineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Completed questionnaires on the client's timeline: one range scan of outcome_response_by_client. */
@Component
class QuestionnaireTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	QuestionnaireTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> before(UUID clientId, Instant before, int limit) {
		return jdbc.sql("""
				select id, measure, score, completed_at from outcome_response
				where clinic_id = ? and client_id = ? and status = 'COMPLETED' and completed_at < ?
				order by completed_at desc limit ?""")
			.params(CurrentUser.clinicId(), clientId, Timestamp.from(before), limit)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				String measure = rs.getString(2);
				var score = rs.getBigDecimal(3);
				return new Entry(rs.getObject(4, OffsetDateTime.class).toInstant(), "questionnaire", id,
						"/clients/" + clientId + "/outcomes/responses/" + id, null,
						measure.toUpperCase() + (score == null ? "" : " " + score.stripTrailingZeros().toPlainString()));
			})
			.list();
	}
}
