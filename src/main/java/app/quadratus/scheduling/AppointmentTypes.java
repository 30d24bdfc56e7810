package app.quadratus.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.OwnerAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's appointment types: name, length, the room's turnover buffer, whether new clients may book
 * it online. A type is never deleted (appointments refer to it): it is switched off. A changed length
 * applies to new bookings; booked appointments keep their times.
 */
@Service
public class AppointmentTypes {

	private final ScheduleRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	AppointmentTypes(ScheduleRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@OwnerAccess
	public List<AppointmentType> all() {
		return repository.allTypes(CurrentUser.clinicId());
	}

	@OwnerAccess
	@Transactional
	public void update(UUID id, String name, Integer duration, Integer buffer, boolean forNewClients, boolean active) {
		String checked = check(name, duration, buffer);
		if (!repository.updateType(CurrentUser.clinicId(), id, checked, duration, buffer, forNewClients, active)) {
			throw new NotFoundException("appointment type");
		}
		audit.record(AuditAction.UPDATE, "appointment-type", id, null);
	}

	@OwnerAccess
	@Transactional
	public UUID add(String name, Integer duration, Integer buffer, boolean forNewClients) {
		String checked = check(name, duration, buffer);
		AppointmentType type = new AppointmentType(UUID.randomUUID(), CurrentUser.clinicId(), checked, duration, buffer,
				forNewClients, true);
		repository.insertType(type, clock.instant());
		audit.record(AuditAction.CREATE, "appointment-type", type.id(), null);
		return type.id();
	}

	private static String check(String name, Integer duration, Integer buffer) {
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.add(new FieldProblem("name", "types.name.required"));
		}
		if (duration == null || duration < 5 || duration > 480 || duration % SlotClaims.SLOT_MINUTES != 0) {
			problems.add(new FieldProblem("durationMinutes", "types.duration.range"));
		}
		if (buffer == null || buffer < 0 || buffer > 120 || buffer % SlotClaims.SLOT_MINUTES != 0) {
			problems.add(new FieldProblem("bufferMinutes", "types.buffer.range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		return name.strip();
	}
}
