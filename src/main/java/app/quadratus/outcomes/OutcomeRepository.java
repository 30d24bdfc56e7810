package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assignments and responses. Every query takes the clinic id first, so no method reads across
 * clinics; a client's history is read bounded (a chart's points per measure), never the whole graph.
 */
@Repository
class OutcomeRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	OutcomeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID clinicId, Assignment a, UUID by) {
		jdbc.sql("""
				insert into outcome_assignment (id, clinic_id, client_id, measure, schedule, every_sessions,
				  goal_comparison, goal_target, activities, active, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), clinicId, a.clientId(), a.measure().id(), a.schedule().name(), a.everySessions(),
					a.goal() == null ? null : a.goal().comparison().name(), a.goal() == null ? null : a.goal().target(),
					a.activities().isEmpty() ? null : JSON.writeValueAsString(a.activities()), a.active(),
					SqlTime.of(a.createdAt()), by)
			.update();
	}

	boolean endAssignment(UUID clinicId, UUID id, UUID by, Instant now) {
		return jdbc.sql("update outcome_assignment set active = false, ended_at = ?, ended_by = ? where clinic_id = ? and id = ? and active")
			.params(SqlTime.of(now), by, clinicId, id)
			.update() == 1;
	}

	Optional<Assignment> assignment(UUID clinicId, UUID clientId, UUID id) {
		return jdbc.sql("select * from outcome_assignment where clinic_id = ? and client_id = ? and id = ?")
			.params(clinicId, clientId, id)
			.query(OutcomeRepository::assignment)
			.optional();
	}

	List<Assignment> activeAssignments(UUID clinicId, UUID clientId) {
		return jdbc.sql("select * from outcome_assignment where clinic_id = ? and client_id = ? and active order by created_at")
			.params(clinicId, clientId)
			.query(OutcomeRepository::assignment)
			.list();
	}

	void insert(OutcomeResponse r, UUID by) {
		jdbc.sql("""
				insert into outcome_response (id, clinic_id, client_id, assignment_id, measure, channel, status, answers,
				  activities, therapist_id, started_at, updated_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.clinicId(), r.clientId(), r.assignmentId(), r.measure().id(), r.channel().name(),
					r.status().name(), JSON.writeValueAsString(r.answers()),
					r.activities().isEmpty() ? null : JSON.writeValueAsString(r.activities()), r.therapistId(),
					SqlTime.of(r.startedAt()), SqlTime.of(r.updatedAt()), by)
			.update();
	}

	/** Saves answers and, once completed, the score; a response already completed is never overwritten. */
	boolean update(OutcomeResponse r) {
		CompletedScore s = r.result();
		return jdbc.sql("""
				update outcome_response set status = ?, answers = ?, updated_at = ?, completed_at = ?, score = ?, band = ?,
				  distress = ?, risk = ?, follow_up = ?, baseline_score = ?, important_improvement = ?
				where clinic_id = ? and id = ? and status = 'IN_PROGRESS'""")
			.params(r.status().name(), JSON.writeValueAsString(r.answers()), SqlTime.of(r.updatedAt()),
					SqlTime.of(r.completedAt()), s == null ? null : s.score(), s == null ? null : s.band(),
					s == null ? null : s.distress(), s == null ? null : s.risk(), s != null && s.followUp(),
					s == null ? null : s.baselineScore(), s == null ? null : s.importantImprovement(), r.clinicId(), r.id())
			.update() == 1;
	}

	Optional<OutcomeResponse> response(UUID clinicId, UUID clientId, UUID id) {
		return jdbc.sql("select * from outcome_response where clinic_id = ? and client_id = ? and id = ?")
			.params(clinicId, clientId, id)
			.query(OutcomeRepository::response)
			.optional();
	}

	List<OutcomeResponse> inProgress(UUID clinicId, UUID clientId) {
		return jdbc.sql("select * from outcome_response where clinic_id = ? and client_id = ? and status = 'IN_PROGRESS' order by started_at")
			.params(clinicId, clientId)
			.query(OutcomeRepository::response)
			.list();
	}

	/** The completions of one measure, oldest (the baseline) first; bounded, as a chart shows at most so many. */
	List<OutcomeResponse> completed(UUID clinicId, UUID clientId, OutcomeMeasure measure, int limit) {
		return jdbc.sql("""
				select * from outcome_response where clinic_id = ? and client_id = ? and status = 'COMPLETED' and measure = ?
				order by completed_at, id limit ?""")
			.params(clinicId, clientId, measure.id(), limit)
			.query(OutcomeRepository::response)
			.list();
	}

	/** The newest completions of one measure, bounded, returned oldest first. */
	List<OutcomeResponse> latestCompleted(UUID clinicId, UUID clientId, OutcomeMeasure measure, int limit) {
		List<OutcomeResponse> newestFirst = jdbc.sql("""
				select * from outcome_response where clinic_id = ? and client_id = ? and status = 'COMPLETED' and measure = ?
				order by completed_at desc, id desc limit ?""")
			.params(clinicId, clientId, measure.id(), limit)
			.query(OutcomeRepository::response)
			.list();
		List<OutcomeResponse> oldestFirst = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** A client's questionnaires started and not finished, and what their charts draw. */
	record ChartResponses(List<OutcomeResponse> inProgress, Map<OutcomeMeasure, List<OutcomeResponse>> completed) {
	}

	/**
	 * What the charts of all the client's measures draw, in one statement: per measure its first completion
	 * (the baseline) and its {@code newest} latest, oldest first, measures in their catalogue order; with
	 * {@code withInProgress}, also the questionnaires started and not finished (as {@link #inProgress}). The
	 * windows run over the client's responses only (an index range of outcome_response_by_client, which is
	 * ordered by status, measure and completed_at), so years of questionnaires cost one round trip.
	 */
	ChartResponses chartable(UUID clinicId, UUID clientId, int newest, boolean withInProgress) {
		Map<OutcomeMeasure, List<OutcomeResponse>> completed = new java.util.EnumMap<>(OutcomeMeasure.class);
		List<OutcomeResponse> inProgress = new java.util.ArrayList<>();
		jdbc.sql("""
				select * from (
				  select r.*,
				    row_number() over (partition by r.status, r.measure order by r.completed_at, r.id) as from_first,
				    row_number() over (partition by r.status, r.measure order by r.completed_at desc, r.id desc) as from_newest
				  from outcome_response r
				  where r.clinic_id = ? and r.client_id = ? and r.status in ('COMPLETED', ?)) ranked
				where status = 'IN_PROGRESS' or from_first = 1 or from_newest <= ?
				order by measure, completed_at, id""")
			.params(clinicId, clientId, withInProgress ? "IN_PROGRESS" : "COMPLETED", newest)
			.query(OutcomeRepository::response)
			.list()
			.forEach(r -> {
				if (r.status() == ResponseStatus.COMPLETED) {
					completed.computeIfAbsent(r.measure(), m -> new java.util.ArrayList<>()).add(r);
				}
				else {
					inProgress.add(r);
				}
			});
		inProgress.sort(java.util.Comparator.comparing(OutcomeResponse::startedAt).thenComparing(OutcomeResponse::id));
		return new ChartResponses(List.copyOf(inProgress), completed);
	}

	/** When each of the client's assignments was last completed, in one query; absent if never. */
	Map<UUID, Instant> lastCompletedAt(UUID clinicId, UUID clientId) {
		Map<UUID, Instant> last = new java.util.HashMap<>();
		jdbc.sql("""
				select assignment_id, max(completed_at) as last_completed from outcome_response
				where clinic_id = ? and client_id = ? and status = 'COMPLETED' and assignment_id is not null
				group by assignment_id""")
			.params(clinicId, clientId)
			.query(rs -> {
				last.put(rs.getObject("assignment_id", UUID.class), instant(rs, "last_completed"));
			});
		return last;
	}

	/** Which measures the client has completed at least once. */
	List<OutcomeMeasure> measuresCompleted(UUID clinicId, UUID clientId) {
		return jdbc.sql("select distinct measure from outcome_response where clinic_id = ? and client_id = ? and status = 'COMPLETED'")
			.params(clinicId, clientId)
			.query(String.class)
			.list()
			.stream()
			.map(id -> OutcomeMeasure.fromId(id).orElseThrow())
			.sorted()
			.toList();
	}

	Optional<BigDecimal> baselineScore(UUID clinicId, UUID clientId, OutcomeMeasure measure) {
		return jdbc.sql("""
				select score from outcome_response where clinic_id = ? and client_id = ? and status = 'COMPLETED' and measure = ?
				order by completed_at, id limit 1""")
			.params(clinicId, clientId, measure.id())
			.query(BigDecimal.class)
			.optional();
	}

	static Assignment assignment(ResultSet rs, int row) throws SQLException {
		OutcomeMeasure measure = OutcomeMeasure.fromId(rs.getString("measure")).orElseThrow();
		String comparison = rs.getString("goal_comparison");
		OutcomeGoal goal = comparison == null ? null
				: new OutcomeGoal(measure, GoalComparison.valueOf(comparison), rs.getBigDecimal("goal_target"));
		int every = rs.getInt("every_sessions");
		// wasNull() speaks of the column read last, so it is asked at once.
		Integer everyOrNull = rs.wasNull() ? null : every;
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), measure,
				Schedule.valueOf(rs.getString("schedule")), everyOrNull, goal,
				list(rs.getString("activities")), rs.getBoolean("active"), instant(rs, "created_at"));
	}

	private static OutcomeResponse response(ResultSet rs, int row) throws SQLException {
		ResponseStatus status = ResponseStatus.valueOf(rs.getString("status"));
		CompletedScore result = null;
		if (status == ResponseStatus.COMPLETED) {
			int distress = rs.getInt("distress");
			Integer distressOrNull = rs.wasNull() ? null : distress;
			boolean important = rs.getBoolean("important_improvement");
			Boolean importantOrNull = rs.wasNull() ? null : important;
			result = new CompletedScore(rs.getBigDecimal("score"), rs.getString("band"), distressOrNull,
					rs.getString("risk"), rs.getBoolean("follow_up"), rs.getBigDecimal("baseline_score"), importantOrNull);
		}
		Map<String, String> answers = JSON.readValue(rs.getString("answers"), new TypeReference<LinkedHashMap<String, String>>() {
		});
		return new OutcomeResponse(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("assignment_id", UUID.class),
				OutcomeMeasure.fromId(rs.getString("measure")).orElseThrow(), Channel.valueOf(rs.getString("channel")),
				status, answers, list(rs.getString("activities")), result, rs.getObject("therapist_id", UUID.class),
				instant(rs, "started_at"), instant(rs, "updated_at"), instant(rs, "completed_at"));
	}

	private static List<String> list(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() {
		});
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
