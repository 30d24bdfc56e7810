package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chart's adherence flag ({@link ProgrammeAdherence#flagged()}: a programme done under
 * {@link Adherence#FLAG_BELOW} of its planned doses over the last two weeks) for many clients at once,
 * for the therapist's day: three statements for the whole list (programmes, their exercises, the
 * ticks), each an index range per client on (clinic_id, client_id, …), never one per client.
 */
@Service
public class AdherenceFlags {

	private final ProgrammeRepository repository;

	private final Clinics clinics;

	private final AuditLog audit;

	private final Clock clock;

	AdherenceFlags(ProgrammeRepository repository, Clinics clinics, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.clinics = clinics;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Which of these clients of the signed-in person's clinic have a programme flagged over the two weeks
	 * ending today (the clinic's today); others, and other clinics' ids, are absent. Each flagged client
	 * is audited as a view of their adherence.
	 */
	@ClinicalAccess
	@Transactional
	public Set<UUID> lowAdherence(Collection<UUID> clientIds) {
		UUID clinicId = CurrentUser.clinicId();
		LocalDate today = LocalDate.now(clock.withZone(clinics.zoneOf(clinicId)));
		LocalDate from = today.minusDays(Adherence.WINDOW_DAYS - 1L);
		List<HomeProgramme> programmes = repository.overlapping(clinicId, clientIds, from, today);
		if (programmes.isEmpty()) {
			return Set.of();
		}
		Map<UUID, HomeProgramme> byId = new HashMap<>();
		programmes.forEach(p -> byId.put(p.id(), p));
		Map<String, Long> done = new HashMap<>();
		for (ProgrammeRepository.TickCount c : repository.tickCounts(clinicId, clientIds, from, today)) {
			HomeProgramme p = byId.get(c.programmeId());
			// As the chart counts: only days inside that programme's own dates.
			if (p != null && p.runsOn(c.day())) {
				done.merge(c.programmeId() + "/" + c.exerciseId(), (long) c.doses(), Long::sum);
			}
		}
		Set<UUID> flagged = new TreeSet<>();
		for (HomeProgramme p : programmes) {
			List<ExerciseAdherence> rows = new ArrayList<>();
			for (ProgrammeExercise e : p.exercises()) {
				rows.add(ExerciseAdherence.of(e.exerciseId(), Adherence.planned(p, e, from, today),
						done.getOrDefault(p.id() + "/" + e.exerciseId(), 0L)));
			}
			Double overall = AdherenceArithmetic.overall(rows);
			if (overall != null && overall < Adherence.FLAG_BELOW) {
				flagged.add(p.clientId());
			}
		}
		flagged.forEach(client -> audit.record(AuditAction.VIEW, "homework-adherence", client, client));
		return flagged;
	}
}
