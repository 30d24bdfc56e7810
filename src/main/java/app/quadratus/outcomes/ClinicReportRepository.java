package app.quadratus.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinic report's one query. Each client counts once per measure: by their last completion in
 * the period, which already carries whether it is a clinically important improvement on their
 * baseline (worked out by the MCID rules when it was completed). It reads the period's completions
 * through (clinic, status, completed_at) and checks "no later one in the period" through the
 * per-client index, so its cost follows the period's completions, not the clinic's whole history.
 */
@Repository
class ClinicReportRepository {

	/** Clients counted and improved, for one measure and one therapist. */
	record Tally(OutcomeMeasure measure, UUID therapistId, long clients, long improved) {
	}

	private final JdbcClient jdbc;

	ClinicReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Tally> tallies(UUID clinicId, Instant from, Instant until) {
		return jdbc.sql("""
				select r.measure, r.therapist_id, count(*) as clients,
				  sum(case when r.important_improvement then 1 else 0 end) as improved
				from outcome_response r
				where r.clinic_id = ? and r.status = 'COMPLETED' and r.completed_at >= ? and r.completed_at < ?
				  and r.follow_up = true and r.important_improvement is not null
				  and not exists (
				    select 1 from outcome_response later
				    where later.clinic_id = r.clinic_id and later.client_id = r.client_id and later.status = 'COMPLETED'
				      and later.measure = r.measure and later.completed_at > r.completed_at and later.completed_at < ?)
				group by r.measure, r.therapist_id""")
			.params(clinicId, SqlTime.of(from), SqlTime.of(until), SqlTime.of(until))
			.query((rs, row) -> new Tally(OutcomeMeasure.fromId(rs.getString("measure")).orElseThrow(),
					rs.getObject("therapist_id", UUID.class), rs.getLong("clients"), rs.getLong("improved")))
			.list();
	}
}
