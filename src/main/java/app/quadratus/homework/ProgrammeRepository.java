package app.quadratus.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Home programmes, their exercises and the client's ticks; every query takes the clinic id first. */
@Repository
class ProgrammeRepository {

	private static final String PROGRAMME_COLUMNS = "id, client_id, plan_id, starts_on, ends_on, created_by, created_at";

	private final JdbcClient jdbc;

	ProgrammeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID clinicId, HomeProgramme p) {
		jdbc.sql("insert into home_programme (" + PROGRAMME_COLUMNS + ", clinic_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.clientId(), p.planId(), p.startsOn(), p.endsOn(), p.createdBy(), SqlTime.of(p.createdAt()),
					clinicId)
			.update();
		for (ProgrammeExercise e : p.exercises()) {
			Dose d = e.dose();
			jdbc.sql("""
					insert into home_programme_exercise (programme_id, position, exercise_id, sets, reps, hold_seconds,
					    times_per_day, days_per_week, override_reason, clinic_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.id(), e.position(), e.exerciseId(), d.sets(), d.reps(), d.holdSeconds(), d.timesPerDay(),
						d.daysPerWeek(), e.overrideReason(), clinicId)
				.update();
		}
	}

	Optional<HomeProgramme> find(UUID clinicId, UUID id) {
		return withExercises(jdbc.sql("select " + PROGRAMME_COLUMNS + " from home_programme where clinic_id = ? and id = ?")
			.params(clinicId, id)
			.query(ProgrammeRepository::programme)
			.list()).stream().findFirst();
	}

	/**
	 * The client's newest programmes first, at most {@code limit}, with their exercises: one statement (the
	 * newest programmes by home_programme_by_client, their exercises by the (programme_id, position) key).
	 */
	List<HomeProgramme> forClient(UUID clinicId, UUID clientId, int limit) {
		Map<UUID, HomeProgramme> programmes = new LinkedHashMap<>();
		Map<UUID, List<ProgrammeExercise>> exercises = new LinkedHashMap<>();
		jdbc.sql("""
				select p.*, e.position, e.exercise_id, e.sets, e.reps, e.hold_seconds, e.times_per_day, e.days_per_week,
				  e.override_reason
				from (select %s from home_programme where clinic_id = ? and client_id = ?
				  order by starts_on desc, created_at desc limit ?) p
				left join home_programme_exercise e on e.clinic_id = ? and e.programme_id = p.id
				order by p.starts_on desc, p.created_at desc, p.id, e.position""".formatted(PROGRAMME_COLUMNS))
			.params(clinicId, clientId, limit, clinicId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (!programmes.containsKey(id)) {
					programmes.put(id, programme(rs, 0));
					exercises.put(id, new ArrayList<>());
				}
				if (rs.getString("exercise_id") != null) {
					exercises.get(id).add(exercise(rs));
				}
			});
		return programmes.values().stream().map(p -> new HomeProgramme(p.id(), p.clientId(), p.planId(), p.startsOn(),
				p.endsOn(), p.createdBy(), p.createdAt(), List.copyOf(exercises.get(p.id())))).toList();
	}

	/** The client's programmes whose dates overlap the period, oldest first. */
	List<HomeProgramme> overlapping(UUID clinicId, UUID clientId, LocalDate from, LocalDate to) {
		return withExercises(jdbc.sql("select " + PROGRAMME_COLUMNS + """
				 from home_programme where clinic_id = ? and client_id = ? and starts_on <= ?
				    and (ends_on is null or ends_on >= ?)
				order by starts_on, created_at""")
			.params(clinicId, clientId, to, from)
			.query(ProgrammeRepository::programme)
			.list());
	}

	/** These clients' programmes whose dates overlap the period, with their exercises: two statements for all. */
	List<HomeProgramme> overlapping(UUID clinicId, java.util.Collection<UUID> clientIds, LocalDate from, LocalDate to) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return withExercises(jdbc.sql("select " + PROGRAMME_COLUMNS + " from home_programme"
				+ " where clinic_id = :clinic and client_id in (:clients) and starts_on <= :to"
				+ " and (ends_on is null or ends_on >= :from)")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds)).param("to", to).param("from", from)
			.query(ProgrammeRepository::programme)
			.list());
	}

	/** Doses ticked per programme, exercise and day in the period, for these clients: one statement. */
	List<TickCount> tickCounts(UUID clinicId, java.util.Collection<UUID> clientIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select programme_id, exercise_id, done_on, count(*) as doses from homework_tick
				where clinic_id = :clinic and client_id in (:clients) and done_on between :from and :to
				group by programme_id, exercise_id, done_on""")
			.param("clinic", clinicId).param("clients", List.copyOf(clientIds)).param("from", from).param("to", to)
			.query((rs, row) -> new TickCount(rs.getObject("programme_id", UUID.class), rs.getString("exercise_id"),
					rs.getObject("done_on", LocalDate.class), rs.getInt("doses")))
			.list();
	}

	/** Records a dose done; false when that dose of that day was already ticked (the unique key holds). */
	boolean tick(UUID clinicId, UUID clientId, UUID programmeId, String exerciseId, LocalDate day, int dose,
			String note, OffsetDateTime at) {
		return jdbc.sql("""
				insert into homework_tick (id, clinic_id, client_id, programme_id, exercise_id, done_on, dose_number,
				    note, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), clinicId, clientId, programmeId, exerciseId, day, dose, note, at)
			.update() == 1;
	}

	/** Doses ticked per programme and exercise and day in the period. */
	List<TickCount> tickCounts(UUID clinicId, UUID clientId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select programme_id, exercise_id, done_on, count(*) as doses from homework_tick
				where clinic_id = ? and client_id = ? and done_on between ? and ?
				group by programme_id, exercise_id, done_on""")
			.params(clinicId, clientId, from, to)
			.query((rs, row) -> new TickCount(rs.getObject("programme_id", UUID.class), rs.getString("exercise_id"),
					rs.getObject("done_on", LocalDate.class), rs.getInt("doses")))
			.list();
	}

	/** The ticks of one day, for the client's "today" list. */
	List<Tick> ticksOn(UUID clinicId, UUID clientId, LocalDate day) {
		return jdbc.sql("""
				select programme_id, exercise_id, done_on, dose_number, note from homework_tick
				where clinic_id = ? and client_id = ? and done_on = ? order by exercise_id, dose_number""")
			.params(clinicId, clientId, day)
			.query((rs, row) -> new Tick(rs.getObject("programme_id", UUID.class), rs.getString("exercise_id"),
					rs.getObject("done_on", LocalDate.class), rs.getInt("dose_number"), rs.getString("note")))
			.list();
	}

	/** A page of the client's ticks, oldest first, for their data download. */
	List<Tick> ticksPage(UUID clinicId, UUID clientId, int limit, int offset) {
		return jdbc.sql("""
				select programme_id, exercise_id, done_on, dose_number, note from homework_tick
				where clinic_id = ? and client_id = ? order by done_on, exercise_id, dose_number, programme_id limit ? offset ?""")
			.params(clinicId, clientId, limit, offset)
			.query((rs, row) -> new Tick(rs.getObject("programme_id", UUID.class), rs.getString("exercise_id"),
					rs.getObject("done_on", LocalDate.class), rs.getInt("dose_number"), rs.getString("note")))
			.list();
	}

	record TickCount(UUID programmeId, String exerciseId, LocalDate day, int doses) {
	}

	private List<HomeProgramme> withExercises(List<HomeProgramme> programmes) {
		if (programmes.isEmpty()) {
			return programmes;
		}
		Map<UUID, List<ProgrammeExercise>> byProgramme = new LinkedHashMap<>();
		programmes.forEach(p -> byProgramme.put(p.id(), new ArrayList<>()));
		String marks = String.join(",", java.util.Collections.nCopies(programmes.size(), "?"));
		jdbc.sql("""
				select programme_id, position, exercise_id, sets, reps, hold_seconds, times_per_day, days_per_week,
				    override_reason from home_programme_exercise where programme_id in (""" + marks + ") order by position")
			.params(new ArrayList<Object>(byProgramme.keySet()))
			.query((rs, row) -> {
				byProgramme.get(rs.getObject("programme_id", UUID.class)).add(exercise(rs));
				return null;
			})
			.list();
		return programmes.stream().map(p -> new HomeProgramme(p.id(), p.clientId(), p.planId(), p.startsOn(), p.endsOn(),
				p.createdBy(), p.createdAt(), byProgramme.get(p.id()))).toList();
	}

	private static HomeProgramme programme(ResultSet rs, int row) throws SQLException {
		return new HomeProgramme(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("plan_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("created_by", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), List.of());
	}

	private static ProgrammeExercise exercise(ResultSet rs) throws SQLException {
		return new ProgrammeExercise(rs.getInt("position"), rs.getString("exercise_id"), new Dose(integer(rs, "sets"),
				integer(rs, "reps"), integer(rs, "hold_seconds"), rs.getInt("times_per_day"), rs.getInt("days_per_week")),
				rs.getString("override_reason"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}
}
