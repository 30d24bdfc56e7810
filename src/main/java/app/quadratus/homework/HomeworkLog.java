package app.quadratus.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of homework, for the portal: the signed-in client's exercises of a day and ticking a
 * dose off. Only a client account, and only for their own programmes (anyone else's is "not found").
 * Ticking is idempotent: the same dose of the same exercise on the same day is stored once.
 */
@Service
public class HomeworkLog {

	private static final int MAX_NOTE = 500;

	private final ProgrammeRepository repository;

	private final Exercises exercises;

	private final Clinics clinics;

	private final AuditLog audit;

	private final Clock clock;

	HomeworkLog(ProgrammeRepository repository, Exercises exercises, Clinics clinics, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.exercises = exercises;
		this.clinics = clinics;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Ticks off dose {@code doseNumber} (1 to the exercise's times a day) of an exercise on a day inside
	 * the programme's dates and not in the future (the clinic's calendar). Returns false when it was
	 * already ticked. The note (pain or difficulty, optional) is kept as written, at most 500 characters.
	 */
	@PreAuthorize("hasRole('CLIENT')")
	@Transactional
	public boolean tick(UUID programmeId, String exerciseId, LocalDate day, int doseNumber, String note) {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.get().clientId();
		HomeProgramme programme = repository.find(clinicId, programmeId)
			.filter(p -> p.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("programme"));
		ProgrammeExercise exercise = programme.exercise(exerciseId)
			.orElseThrow(() -> new InvalidFieldException("exerciseId", "homework.tick.notInProgramme"));
		if (day == null || !programme.runsOn(day) || day.isAfter(today(clinicId))) {
			throw new InvalidFieldException("day", "homework.tick.day");
		}
		if (doseNumber < 1 || doseNumber > exercise.dose().timesPerDay()) {
			throw new InvalidFieldException("doseNumber", "homework.tick.dose");
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
			throw new InvalidFieldException("note", "field.tooLong");
		}
		boolean recorded = repository.tick(clinicId, clientId, programmeId, exerciseId, day, doseNumber, cleanNote,
				SqlTime.of(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
		if (recorded) {
			audit.record(AuditAction.CREATE, "homework-tick", programmeId, clientId);
		}
		return recorded;
	}

	/** The signed-in client's exercises on a day, each with the doses already ticked. Audited as a view. */
	@PreAuthorize("hasRole('CLIENT')")
	@Transactional
	public List<HomeworkItem> day(LocalDate day) {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.get().clientId();
		List<Tick> ticks = repository.ticksOn(clinicId, clientId, day);
		List<HomeworkItem> items = new ArrayList<>();
		for (HomeProgramme p : repository.overlapping(clinicId, clientId, day, day)) {
			for (ProgrammeExercise e : p.exercises()) {
				exercises.findInClinic(clinicId, e.exerciseId()).ifPresent(x -> items.add(new HomeworkItem(p.id(), x,
						e.dose(), ticks.stream().filter(t -> t.programmeId().equals(p.id())
								&& t.exerciseId().equals(e.exerciseId())).toList())));
			}
			audit.record(AuditAction.VIEW, "home-programme", p.id(), clientId);
		}
		return items;
	}

	/** A page (0 first) of every dose the signed-in client ticked, oldest first: for their data download. */
	@PreAuthorize("hasRole('CLIENT')")
	@Transactional
	public List<Tick> mine(int page, int size) {
		UUID clientId = CurrentUser.get().clientId();
		if (page == 0) {
			audit.record(AuditAction.EXPORT, "homework-tick", clientId, clientId);
		}
		return repository.ticksPage(CurrentUser.clinicId(), clientId, size, Math.max(page, 0) * size);
	}

	/** One exercise to do on a day, with its dose and what was ticked. */
	public record HomeworkItem(UUID programmeId, Exercise exercise, Dose dose, List<Tick> ticks) {
	}

	/** For the demo seeder: writes a tick straight into the clinic, without a signed-in client. */
	void seedTick(UUID clinicId, UUID clientId, UUID programmeId, String exerciseId, LocalDate day, int dose,
			String note) {
		repository.tick(clinicId, clientId, programmeId, exerciseId, day, dose, note,
				SqlTime.of(day.atTime(19, 0).atZone(clinics.zoneOf(clinicId)).toInstant()));
	}

	private LocalDate today(UUID clinicId) {
		return LocalDate.now(clock.withZone(clinics.zoneOf(clinicId)));
	}
}
