package app.quadratus.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.clinic.Room;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.StaffAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots for a therapist and an appointment type between two dates of the clinic's calendar: the
 * therapist's week minus time off minus their appointments, each slot with a room free for it and its
 * buffer, no sooner than the clinic's minimum notice. A handful of indexed range reads, then arithmetic.
 */
@Service
public class Availability {

	/** The longest range one request may ask for: a page of slots, not a year. */
	static final int MAX_DAYS = 62;

	private final Schedule schedule;

	private final FreeSlotQuery query;

	private final Clinics clinics;

	Availability(Schedule schedule, FreeSlotQuery query, Clinics clinics) {
		this.schedule = schedule;
		this.query = query;
		this.clinics = clinics;
	}

	@StaffAccess
	@Transactional(readOnly = true)
	public List<FreeSlot> freeSlots(UUID therapistId, UUID typeId, LocalDate from, LocalDate to) {
		List<FieldProblem> problems = new ArrayList<>();
		if (therapistId == null || schedule.therapist(therapistId).isEmpty()) {
			problems.add(new FieldProblem("therapistId", "is not a therapist of this clinic"));
		}
		AppointmentType type = typeId == null ? null
				: schedule.types().stream().filter(t -> t.id().equals(typeId)).findFirst().orElse(null);
		if (type == null) {
			problems.add(new FieldProblem("typeId", "is not an appointment type of this clinic"));
		}
		if (from == null) {
			problems.add(new FieldProblem("from", "is required"));
		}
		if (to == null) {
			problems.add(new FieldProblem("to", "is required"));
		}
		else if (from != null && (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS)))) {
			problems.add(new FieldProblem("to", "must be on or after from and at most " + MAX_DAYS + " days later"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		UUID clinicId = CurrentUser.clinicId();
		return query.find(clinicId, clinics.zoneOf(clinicId), therapistId, type,
				schedule.rooms().stream().map(Room::id).toList(), from, to);
	}

}
