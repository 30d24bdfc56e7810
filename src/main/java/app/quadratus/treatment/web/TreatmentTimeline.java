package app.quadratus.treatment.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.web.TimelineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plan versions and sessions on the client's timeline: one range scan each (treatment_session_by_client
 * is ordered by started_at), at most a page of rows, nothing entered in error. The release count is a
 * per-row count on trigger_point_release_by_session, only for the rows of the page.
 */
@Component
class TreatmentTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	TreatmentTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/*
	 * Both session queries order by the whole index key (treatment_session_by_client), the constant
	 * clinic and client included: H2 reads an index in order only when the ORDER BY starts at the index's
	 * first column, and otherwise read and sorted every session of the client, counting each one's
	 * releases (501 rows for a page of 21 for the 500-session client; EXPLAIN ANALYZE: 21 with the full
	 * key, "index sorted"). PostgreSQL plans both forms alike.
	 */
	@Override
	public List<Entry> before(UUID clientId, Instant before, int limit) {
		UUID clinicId = CurrentUser.clinicId();
		List<Entry> entries = new ArrayList<>(jdbc.sql("""
				select s.id, s.started_at, s.status, s.pain_before, s.pain_after,
				  (select count(*) from trigger_point_release r where r.clinic_id = s.clinic_id and r.session_id = s.id) as releases
				from treatment_session s
				where s.clinic_id = ? and s.client_id = ? and s.started_at < ?
				  and not exists (select 1 from record_entered_in_error e where e.clinic_id = s.clinic_id
				    and e.record_type = 'session' and e.record_id = s.id)
				order by s.clinic_id, s.client_id, s.started_at desc, s.id desc limit ?""")
			.params(clinicId, clientId, Timestamp.from(before), limit)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Entry(rs.getObject(2, OffsetDateTime.class).toInstant(), "session", id,
						"/clients/" + clientId + "/sessions/" + id, "timeline.session.detail." + rs.getString(3), null,
						List.of(dash(rs.getObject(4)), dash(rs.getObject(5)), rs.getInt(6)));
			})
			.list());
		entries.addAll(jdbc.sql("""
				select v.plan_id, v.version, v.signed_at,
				  (select count(*) from plan_agreement a where a.plan_id = v.plan_id and a.version = v.version) as agreed
				from plan_version v
				where v.clinic_id = ? and v.client_id = ? and v.signed_at < ?
				order by v.signed_at desc limit ?""")
			.params(clinicId, clientId, Timestamp.from(before), limit)
			.query((rs, n) -> {
				UUID planId = rs.getObject(1, UUID.class);
				int version = rs.getInt(2);
				return new Entry(rs.getObject(3, OffsetDateTime.class).toInstant(), "plan", planId,
						"/clients/" + clientId + "/plans/" + planId + "?version=" + version,
						rs.getInt(4) > 0 ? "timeline.plan.detail.agreed" : "timeline.plan.detail.awaiting", null,
						List.of(version));
			})
			.list());
		return entries;
	}

	/** Pain before and after of the newest signed sessions, oldest first, for the small chart. */
	List<int[]> recentPain(UUID clientId, int limit) {
		List<int[]> pain = new ArrayList<>(jdbc.sql("""
				select s.pain_before, s.pain_after from treatment_session s
				where s.clinic_id = ? and s.client_id = ? and s.status = 'signed' and s.pain_before is not null
				  and not exists (select 1 from record_entered_in_error e where e.clinic_id = s.clinic_id
				    and e.record_type = 'session' and e.record_id = s.id)
				order by s.clinic_id, s.client_id, s.started_at desc, s.id desc limit ?""")
			.params(CurrentUser.clinicId(), clientId, limit)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.list());
		java.util.Collections.reverse(pain);
		return pain;
	}

	private static String dash(Object value) {
		return value == null ? "–" : value.toString();
	}
}
