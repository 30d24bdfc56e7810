package app.quadratus.homework;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises a therapist can give: the shipped library plus the signed-in person's clinic's own.
 * A clinic's own exercise is stored as the same JSON a shipped file holds and read by the same reader,
 * so it is validated against the atlas in the same way.
 */
@Service
public class Exercises {

	private static final int MAX_OWN = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ExerciseLibrary library;

	private final ExerciseReader reader;

	private final JdbcClient jdbc;

	private final Clock clock;

	Exercises(ExerciseLibrary library, ExerciseReader reader, JdbcClient jdbc, Clock clock) {
		this.library = library;
		this.reader = reader;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The library, then the clinic's own exercises by name. */
	@ClinicalAccess
	public List<Exercise> all() {
		List<Exercise> all = new ArrayList<>(library.all());
		all.addAll(own(CurrentUser.clinicId()));
		return all;
	}

	/**
	 * The names of these exercises, by id; an id found nowhere is its own name. The shipped ones come from
	 * memory; the clinic's own ("clinic_…") in one statement by primary key, and none when none is asked.
	 */
	@ClinicalAccess
	public Map<String, String> namesOf(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		List<String> own = new ArrayList<>();
		for (String id : ids) {
			library.find(id).ifPresentOrElse(e -> names.put(id, e.name()), () -> own.add(id));
		}
		if (own.stream().anyMatch(id -> id.startsWith("clinic_"))) {
			jdbc.sql("select id, definition from clinic_exercise where clinic_id = :clinic and id in (:ids)")
				.param("clinic", CurrentUser.clinicId()).param("ids", List.copyOf(own))
				.query((rs, row) -> reader.read(rs.getString("id"), JSON.readTree(rs.getString("definition")), true))
				.list()
				.forEach(e -> names.put(e.id(), e.name()));
		}
		own.forEach(id -> names.putIfAbsent(id, id));
		return names;
	}

	@ClinicalAccess
	public Optional<Exercise> find(String id) {
		return findInClinic(CurrentUser.clinicId(), id);
	}

	/** Adds an exercise of the clinic's own; a muscle, region or word the library does not know is refused. */
	@ClinicalAccess
	@Transactional
	public String addOwn(ClinicExerciseForm form) {
		return insertOwn(CurrentUser.clinicId(), CurrentUser.get().accountId(), form);
	}

	/** For the demo seeder, which runs before anyone signs in. */
	@Transactional
	String seedOwn(UUID clinicId, UUID by, ClinicExerciseForm form) {
		return insertOwn(clinicId, by, form);
	}

	private String insertOwn(UUID clinicId, UUID by, ClinicExerciseForm form) {
		String id = "clinic_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String json = JSON.writeValueAsString(form.definition(id));
		try {
			reader.read(id, JSON.readTree(json), true);
		}
		catch (IllegalStateException e) {
			throw new InvalidFieldException(fieldOf(e.getMessage()), "homework.exercise.invalid");
		}
		jdbc.sql("""
				insert into clinic_exercise (id, clinic_id, name, definition, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, clinicId, form.getName().strip(), json, by,
					app.quadratus.shared.SqlTime.of(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
			.update();
		return id;
	}

	Optional<Exercise> findInClinic(UUID clinicId, String id) {
		Optional<Exercise> shipped = library.find(id);
		if (shipped.isPresent() || id == null || !id.startsWith("clinic_")) {
			return shipped;
		}
		return jdbc.sql("select definition from clinic_exercise where clinic_id = ? and id = ?")
			.params(clinicId, id)
			.query(String.class)
			.optional()
			.map(json -> reader.read(id, JSON.readTree(json), true));
	}

	private List<Exercise> own(UUID clinicId) {
		return jdbc.sql("select id, definition from clinic_exercise where clinic_id = ? order by name, id limit ?")
			.params(clinicId, MAX_OWN)
			.query((rs, row) -> reader.read(rs.getString("id"), JSON.readTree(rs.getString("definition")), true))
			.list();
	}

	/** "Exercise x: bad targets (...)" → "targets": the form's field that holds the problem. */
	private static String fieldOf(String message) {
		int start = message.indexOf("bad ") + 4;
		int end = message.indexOf(' ', start);
		String field = message.substring(start, end < 0 ? message.length() : end);
		if (field.startsWith("illustration")) {
			return "pose";
		}
		if (field.startsWith("dose")) {
			return "timesPerDay";
		}
		return field;
	}
}
