package app.quadratus.outcomes;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What makes a questionnaire due, for many clients at once: four statements however many clients, each
 * an index range per client on (clinic_id, client_id, …) — outcome_assignment_by_client,
 * outcome_response_by_client, outcome_care_point_by_client — so a day list never asks once per client.
 */
@Repository
class DueReads {

	private final JdbcClient jdbc;

	DueReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Assignment> activeAssignments(UUID clinicId, Collection<UUID> clientIds) {
		return jdbc.sql("select * from outcome_assignment where clinic_id = :clinic and client_id in (:clients) and active")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds))
			.query(OutcomeRepository::assignment).list();
	}

	/** When each of these clients' assignments was last completed; absent if never. */
	Map<UUID, Instant> lastCompletedAt(UUID clinicId, Collection<UUID> clientIds) {
		Map<UUID, Instant> last = new HashMap<>();
		jdbc.sql("""
				select assignment_id, max(completed_at) as last_completed from outcome_response
				where clinic_id = :clinic and client_id in (:clients) and status = 'COMPLETED' and assignment_id is not null
				group by assignment_id""")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds))
			.query(rs -> {
				last.put(rs.getObject("assignment_id", UUID.class), OutcomeRepository.instant(rs, "last_completed"));
			});
		return last;
	}

	/** Each client's latest plan review that has come; absent when none has. */
	Map<UUID, Instant> lastReview(UUID clinicId, Collection<UUID> clientIds, Instant now) {
		Map<UUID, Instant> last = new HashMap<>();
		jdbc.sql("""
				select client_id, max(occurs_at) as last_review from outcome_care_point
				where clinic_id = :clinic and client_id in (:clients) and kind = :kind and occurs_at <= :now
				group by client_id""")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds)).param("kind", CarePoints.REVIEW)
			.param("now", SqlTime.of(now))
			.query(rs -> {
				last.put(rs.getObject("client_id", UUID.class), OutcomeRepository.instant(rs, "last_review"));
			});
		return last;
	}

	/**
	 * Per active "every N sessions" assignment, the sessions signed since the later of assigning and its
	 * last completion; absent when none.
	 */
	Map<UUID, Long> sessionsSince(UUID clinicId, Collection<UUID> clientIds) {
		Map<UUID, Long> sessions = new HashMap<>();
		jdbc.sql("""
				select a.id, count(p.id) as sessions from outcome_assignment a
				join outcome_care_point p on p.clinic_id = a.clinic_id and p.client_id = a.client_id and p.kind = :kind
				  and p.occurs_at > coalesce((select max(r.completed_at) from outcome_response r
				    where r.clinic_id = a.clinic_id and r.client_id = a.client_id and r.status = 'COMPLETED'
				    and r.assignment_id = a.id and r.completed_at > a.created_at), a.created_at)
				where a.clinic_id = :clinic and a.client_id in (:clients) and a.active and a.schedule = 'EVERY_N_SESSIONS'
				group by a.id""")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds)).param("kind", CarePoints.SESSION)
			.query(rs -> {
				sessions.put(rs.getObject("id", UUID.class), rs.getLong("sessions"));
			});
		return sessions;
	}

	/** One active assignment of a client with what decides whether it is due now. */
	record DueFacts(Assignment assignment, Instant lastCompleted, long sessionsSince, Instant lastReview) {
	}

	/**
	 * The client's active assignments, oldest first, each with its last completion, the sessions signed since
	 * the later of assigning and that completion ("every N sessions" only; else 0) and the client's latest
	 * review up to now: one statement, as {@link #lastCompletedAt}, {@link #sessionsSince} and
	 * {@link #lastReview} give them for a list. Each subquery is an index range: the measure's completions in
	 * outcome_response_by_client, the care points in outcome_care_point_by_client.
	 */
	List<DueFacts> forClient(UUID clinicId, UUID clientId, Instant now) {
		return jdbc.sql("""
				select a.*,
				  (select max(r.completed_at) from outcome_response r where r.clinic_id = a.clinic_id
				    and r.client_id = a.client_id and r.status = 'COMPLETED' and r.measure = a.measure
				    and r.assignment_id = a.id) as last_completed,
				  case when a.schedule = 'EVERY_N_SESSIONS' then (select count(*) from outcome_care_point p
				    where p.clinic_id = a.clinic_id and p.client_id = a.client_id and p.kind = :session
				    and p.occurs_at > coalesce((select max(r.completed_at) from outcome_response r
				      where r.clinic_id = a.clinic_id and r.client_id = a.client_id and r.status = 'COMPLETED'
				      and r.measure = a.measure and r.assignment_id = a.id and r.completed_at > a.created_at), a.created_at))
				  else 0 end as sessions_since,
				  (select max(p.occurs_at) from outcome_care_point p where p.clinic_id = a.clinic_id
				    and p.client_id = a.client_id and p.kind = :review and p.occurs_at <= :now) as last_review
				from outcome_assignment a where a.clinic_id = :clinic and a.client_id = :client and a.active
				order by a.created_at""")
			.param("clinic", clinicId).param("client", clientId).param("session", CarePoints.SESSION)
			.param("review", CarePoints.REVIEW).param("now", SqlTime.of(now))
			.query((rs, row) -> new DueFacts(OutcomeRepository.assignment(rs, row),
					OutcomeRepository.instant(rs, "last_completed"), rs.getLong("sessions_since"),
					OutcomeRepository.instant(rs, "last_review")))
			.list();
	}
}
