package app.quadratus.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.web.TimelineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments on the client's timeline with the picture of their latest version: one range scan of
 * assessment_by_client, and the latest version's pattern looked up only for the rows of the page. An
 * assessment entered in error is off the timeline (never deleted).
 */
@Component
class AssessmentTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	AssessmentTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> before(UUID clientId, Instant before, int limit) {
		return jdbc.sql("""
				select a.id, a.assessed_at, (select v.pattern from assessment_version v where v.assessment_id = a.id
				  order by v.version desc limit 1) as pattern
				from assessment a where a.clinic_id = ? and a.client_id = ? and a.assessed_at < ?
				  and not exists (select 1 from record_entered_in_error e where e.clinic_id = a.clinic_id
				    and e.record_type = ? and e.record_id = a.id)
				order by a.assessed_at desc limit ?""")
			.params(CurrentUser.clinicId(), clientId, Timestamp.from(before), Assessments.RECORD_TYPE, limit)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Entry(rs.getObject(2, OffsetDateTime.class).toInstant(), "assessment", id,
						"/clients/" + clientId + "/assessments/" + id, "assessment.pattern." + rs.getString(3), null);
			})
			.list();
	}
}
