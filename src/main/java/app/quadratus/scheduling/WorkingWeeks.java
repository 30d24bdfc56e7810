package app.quadratus.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner sets each therapist's usual week and their time off (holidays, sick days, training). Booked
 * appointments are left alone: a week or time off that now clashes with one is for the desk to sort out.
 */
@Service
public class WorkingWeeks {

	private final ScheduleRepository repository;

	private final Schedule schedule;

	private final Clinics clinics;

	private final AuditLog audit;

	private final Clock clock;

	WorkingWeeks(ScheduleRepository repository, Schedule schedule, Clinics clinics, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.schedule = schedule;
		this.clinics = clinics;
		this.audit = audit;
		this.clock = clock;
	}

	@OwnerAccess
	public Therapist therapist(UUID id) {
		return schedule.therapists().stream().filter(t -> t.id().equals(id)).findFirst()
			.or(() -> schedule.staffWhoCouldTreat(id))
			.orElseThrow(() -> new NotFoundException("therapist"));
	}

	@OwnerAccess
	public List<WorkingBlock> week(UUID therapistId) {
		return schedule.weekOf(therapist(therapistId).id());
	}

	/** Replaces the therapist's usual week; blocks must not overlap on a day. */
	@OwnerAccess
	@Transactional
	public void setWeek(UUID therapistId, List<WorkingBlock> blocks) {
		UUID id = therapist(therapistId).id();
		List<WorkingBlock> sorted = new ArrayList<>(blocks);
		sorted.sort(java.util.Comparator.comparing(WorkingBlock::day).thenComparing(WorkingBlock::starts));
		for (int i = 0; i < sorted.size(); i++) {
			WorkingBlock b = sorted.get(i);
			if (!b.starts().isBefore(b.ends())) {
				throw new InvalidFieldException(b.day().name(), "hours.order");
			}
			if (i > 0 && sorted.get(i - 1).day() == b.day() && sorted.get(i - 1).ends().isAfter(b.starts())) {
				throw new InvalidFieldException(b.day().name(), "hours.overlap");
			}
		}
		UUID clinicId = CurrentUser.clinicId();
		repository.deleteWeek(clinicId, id);
		sorted.forEach(b -> repository.insertBlock(clinicId, id, b));
		audit.record(AuditAction.UPDATE, "working-hours", id, null);
	}

	/** Time off from now on, soonest first. */
	@OwnerAccess
	public List<ScheduleException> timeOff(UUID therapistId) {
		Instant now = clock.instant();
		return repository.timeOff(CurrentUser.clinicId(), therapist(therapistId).id(), now, now.plusSeconds(366L * 86400));
	}

	@OwnerAccess
	@Transactional
	public void addTimeOff(UUID therapistId, LocalDateTime from, LocalDateTime to, ScheduleException.Reason reason) {
		UUID id = therapist(therapistId).id();
		if (from == null || to == null || !from.isBefore(to)) {
			throw new InvalidFieldException("to", "hours.timeOff.order");
		}
		ZoneId zone = clinics.zoneOf(CurrentUser.clinicId());
		ScheduleException off = new ScheduleException(UUID.randomUUID(), id, from.atZone(zone).toInstant(),
				to.atZone(zone).toInstant(), reason == null ? ScheduleException.Reason.OTHER : reason);
		repository.insertTimeOff(CurrentUser.clinicId(), off, clock.instant());
		audit.record(AuditAction.CREATE, "time-off", off.id(), null);
	}

	@OwnerAccess
	@Transactional
	public void removeTimeOff(UUID therapistId, UUID timeOffId) {
		if (!repository.deleteTimeOff(CurrentUser.clinicId(), therapist(therapistId).id(), timeOffId)) {
			throw new NotFoundException("time off");
		}
		audit.record(AuditAction.UPDATE, "time-off", timeOffId, null);
	}
}
