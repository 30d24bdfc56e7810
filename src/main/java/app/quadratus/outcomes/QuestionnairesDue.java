package app.quadratus.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which clients have a questionnaire due now, for a list of many (the therapist's day): the same rule as
 * the chart and the portal ({@link Assignment#dueNow(Instant, long, Instant)}), read in four statements
 * for the whole list ({@link DueReads}), never once per client.
 */
@Service
public class QuestionnairesDue {

	private final DueReads reads;

	private final AuditLog audit;

	private final Clock clock;

	QuestionnairesDue(DueReads reads, AuditLog audit, Clock clock) {
		this.reads = reads;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The measures due now for each of these clients of the signed-in person's clinic; a client with none
	 * due (or of another clinic) is absent. Each client shown a flag is audited as a view of their
	 * outcome record (a flag, not the answers).
	 */
	@ClinicalAccess
	@Transactional
	public Map<UUID, List<OutcomeMeasure>> forClients(Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Map.of();
		}
		UUID clinicId = CurrentUser.clinicId();
		Instant now = clock.instant();
		List<Assignment> assignments = reads.activeAssignments(clinicId, clientIds);
		if (assignments.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Instant> lastCompleted = reads.lastCompletedAt(clinicId, clientIds);
		Map<UUID, Instant> lastReview = reads.lastReview(clinicId, clientIds, now);
		boolean sessionBased = assignments.stream().anyMatch(a -> a.schedule() == Schedule.EVERY_N_SESSIONS);
		Map<UUID, Long> sessions = sessionBased ? reads.sessionsSince(clinicId, clientIds) : Map.of();
		Map<UUID, List<OutcomeMeasure>> due = new TreeMap<>();
		for (Assignment a : assignments) {
			if (a.dueNow(lastCompleted.get(a.id()), sessions.getOrDefault(a.id(), 0L), lastReview.get(a.clientId()))) {
				List<OutcomeMeasure> measures = due.computeIfAbsent(a.clientId(), c -> new ArrayList<>());
				if (!measures.contains(a.measure())) {
					measures.add(a.measure());
				}
			}
		}
		due.values().forEach(measures -> measures.sort(null));
		due.keySet().forEach(client -> audit.record(AuditAction.VIEW, "outcome-due", client, client));
		return due;
	}
}
