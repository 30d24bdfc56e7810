package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of the prescribed homework the client did, by the contract's arithmetic
 * ({@link AdherenceArithmetic}): for a period, per exercise over all programmes running in it; and for
 * the chart, per programme and exercise over the last two weeks with the two weeks before as the
 * trend, flagged under 50%.
 */
@Service
public class Adherence {

	/** Under this over the last two weeks, the chart flags the programme. */
	public static final double FLAG_BELOW = 0.5;

	static final int WINDOW_DAYS = 14;

	private static final int MAX_PERIOD_DAYS = 3660;

	private final ProgrammeRepository repository;

	private final ClientRecords clients;

	private final Clinics clinics;

	private final Clock clock;

	private final AuditLog audit;

	Adherence(ProgrammeRepository repository, ClientRecords clients, Clinics clinics, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.repository = repository;
		this.clients = clients;
		this.clinics = clinics;
		this.clock = clock;
	}

	/** Adherence in [from, to] (both included), one row per exercise in order of first prescription. Audited. */
	@ClinicalAccess
	@Transactional
	public AdherenceReport between(UUID clientId, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
			throw new InvalidFieldException(from == null ? "from" : "to",
					from == null || to == null ? "is required" : "must be on or after from, within ten years");
		}
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		List<HomeProgramme> programmes = repository.overlapping(clinicId, clientId, from, to);
		Map<String, Long> done = doneByProgrammeExercise(repository.tickCounts(clinicId, clientId, from, to), from, to,
				programmes);
		Map<String, long[]> byExercise = new LinkedHashMap<>();
		for (HomeProgramme p : programmes) {
			for (ProgrammeExercise e : p.exercises()) {
				long[] sums = byExercise.computeIfAbsent(e.exerciseId(), k -> new long[2]);
				sums[0] += planned(p, e, from, to);
				sums[1] += done.getOrDefault(p.id() + "/" + e.exerciseId(), 0L);
			}
		}
		List<ExerciseAdherence> rows = new ArrayList<>();
		byExercise.forEach((id, sums) -> rows.add(ExerciseAdherence.of(id, sums[0], sums[1])));
		audit.record(AuditAction.VIEW, "homework-adherence", clientId, clientId);
		return AdherenceReport.of(from, to, rows);
	}

	/** Each of the client's recent programmes with its last two weeks, the two before, and the flag. */
	@ClinicalAccess
	public List<ProgrammeAdherence> recentProgrammes(UUID clientId, List<HomeProgramme> programmes) {
		UUID clinicId = CurrentUser.clinicId();
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(clinicId)));
		LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
		LocalDate before = from.minusDays(WINDOW_DAYS);
		// Both fortnights in one statement: the trend costs no second round trip.
		List<ProgrammeRepository.TickCount> ticks = repository.tickCounts(clinicId, clientId, before, today);
		Map<String, Long> recent = doneByProgrammeExercise(ticks, from, today, programmes);
		Map<String, Long> earlier = doneByProgrammeExercise(ticks, before, from.minusDays(1), programmes);
		List<ProgrammeAdherence> result = new ArrayList<>();
		for (HomeProgramme p : programmes) {
			List<ProgrammeAdherence.Row> rows = new ArrayList<>();
			for (ProgrammeExercise e : p.exercises()) {
				String key = p.id() + "/" + e.exerciseId();
				rows.add(new ProgrammeAdherence.Row(e,
						ExerciseAdherence.of(e.exerciseId(), planned(p, e, from, today), recent.getOrDefault(key, 0L)),
						ExerciseAdherence.of(e.exerciseId(), planned(p, e, before, from.minusDays(1)),
								earlier.getOrDefault(key, 0L))));
			}
			result.add(new ProgrammeAdherence(p, from, today, rows));
		}
		return result;
	}

	static long planned(HomeProgramme p, ProgrammeExercise e, LocalDate from, LocalDate to) {
		long days = AdherenceArithmetic.daysInside(from, to, p.startsOn(), p.endsOn());
		return AdherenceArithmetic.planned(e.dose().timesPerDay(), e.dose().daysPerWeek(), days);
	}

	/** Doses ticked per programme/exercise from..to, counting only days inside that programme's own dates. */
	private static Map<String, Long> doneByProgrammeExercise(List<ProgrammeRepository.TickCount> ticks, LocalDate from,
			LocalDate to, List<HomeProgramme> programmes) {
		Map<UUID, HomeProgramme> byId = new LinkedHashMap<>();
		programmes.forEach(p -> byId.put(p.id(), p));
		Map<String, Long> done = new LinkedHashMap<>();
		for (ProgrammeRepository.TickCount c : ticks) {
			HomeProgramme p = byId.get(c.programmeId());
			if (p != null && !c.day().isBefore(from) && !c.day().isAfter(to) && p.runsOn(c.day())) {
				done.merge(c.programmeId() + "/" + c.exerciseId(), (long) c.doses(), Long::sum);
			}
		}
		return done;
	}
}
