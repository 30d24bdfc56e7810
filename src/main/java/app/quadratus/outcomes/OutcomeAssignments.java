package app.quadratus.outcomes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.InvalidFieldException.FieldProblem;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning measures to a client, once or on a schedule, and stopping a schedule. Audited. */
@Service
public class OutcomeAssignments {

	private final OutcomeRepository repository;

	private final InstrumentCatalogue catalogue;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final Clock clock;

	OutcomeAssignments(OutcomeRepository repository, InstrumentCatalogue catalogue, ClientRecords clients, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws InvalidFieldException naming the field: an unknown measure, a goal outside the measure's
	 * range or on STarT Back (which sorts into risk groups and has no target), a missing N for "every N
	 * sessions", or PSFS without 3 to 5 activities
	 */
	@ClinicalAccess
	@Transactional
	public Assignment assign(UUID clientId, AssignmentForm form) {
		clients.requireExists(clientId);
		Assignment assignment = toAssignment(clientId, form);
		repository.insert(CurrentUser.clinicId(), assignment, CurrentUser.get().accountId());
		audit.record(AuditAction.CREATE, "outcome-assignment", assignment.id(), clientId);
		return assignment;
	}

	@ClinicalAccess
	@Transactional
	public void end(UUID clientId, UUID assignmentId) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		repository.assignment(clinicId, clientId, assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
		repository.endAssignment(clinicId, assignmentId, CurrentUser.get().accountId(), clock.instant());
		audit.record(AuditAction.UPDATE, "outcome-assignment", assignmentId, clientId);
	}

	/** Writes an assignment for the demo, in a clinic given explicitly since nobody is signed in. */
	void seed(UUID clinicId, Assignment assignment) {
		repository.insert(clinicId, assignment, null);
	}

	Assignment toAssignment(UUID clientId, AssignmentForm form) {
		OutcomeMeasure measure = OutcomeMeasure.fromId(form.getMeasure())
			.orElseThrow(() -> new InvalidFieldException("measure", "is not one of the measures"));
		Instrument instrument = catalogue.instrument(measure);
		List<FieldProblem> problems = new ArrayList<>();
		OutcomeGoal goal = null;
		if (form.getGoalTarget() != null) {
			if (!instrument.hasChangeRule()) {
				problems.add(new FieldProblem("goalTarget", "outcomes.goal.none"));
			}
			else if (!instrument.scale().admits(form.getGoalTarget())) {
				problems.add(new FieldProblem("goalTarget", "outcomes.goal.range"));
			}
			else {
				goal = OutcomeGoal.reach(instrument, form.getGoalTarget());
			}
		}
		Integer every = null;
		if (form.getSchedule() == Schedule.EVERY_N_SESSIONS) {
			if (form.getEverySessions() == null) {
				problems.add(new FieldProblem("everySessions", "outcomes.every.required"));
			}
			every = form.getEverySessions();
		}
		List<String> activities = measure == OutcomeMeasure.PSFS ? form.activityList() : List.of();
		if (measure == OutcomeMeasure.PSFS && (activities.size() < instrument.parameter("minimumActivities")
				|| activities.size() > instrument.parameter("maximumActivities")
				|| activities.stream().anyMatch(a -> a.length() > 120))) {
			problems.add(new FieldProblem("activities", "outcomes.activities.count"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		return new Assignment(UUID.randomUUID(), clientId, measure, form.getSchedule(), every, goal, activities, true,
				clock.instant());
	}
}
