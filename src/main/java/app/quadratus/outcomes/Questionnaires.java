package app.quadratus.outcomes;

import java.time.Clock;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.security.TabletAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing a measure in the clinic: the therapist starts it and hands the tablet to the client, who
 * answers in the therapist's session locked to this questionnaire (a kiosk: each step is audited as the
 * client on the tablet, under the therapist who handed it over). Each answer is saved as it is given.
 */
@Service
public class Questionnaires {

	private final OutcomeRepository repository;

	private final Answering answering;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final Clock clock;

	Questionnaires(OutcomeRepository repository, Answering answering, ClientRecords clients, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.answering = answering;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts (or carries on) the client's questionnaire for an assignment; returns the response id. */
	@ClinicalAccess
	@Transactional
	public UUID start(UUID clientId, UUID assignmentId, Channel channel) {
		clients.requireExists(clientId);
		return startFor(clientId, assignmentId, channel);
	}

	/** The signed-in client starts (or carries on) one of their own questionnaires in the portal. */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public UUID startForSelf(UUID assignmentId) {
		return startFor(CurrentUser.ownClientId(), assignmentId, Channel.PORTAL);
	}

	private UUID startFor(UUID clientId, UUID assignmentId, Channel channel) {
		UUID clinicId = CurrentUser.clinicId();
		Assignment assignment = repository.assignment(clinicId, clientId, assignmentId)
			.filter(Assignment::active)
			.orElseThrow(() -> new NotFoundException("assignment"));
		var unfinished = repository.inProgress(clinicId, clientId).stream()
			.filter(r -> assignmentId.equals(r.assignmentId()))
			.findFirst();
		if (unfinished.isPresent()) {
			return unfinished.get().id();
		}
		OutcomeResponse response = OutcomeResponse.start(clinicId, assignment, channel, CurrentUser.get().accountId(),
				clock.instant());
		repository.insert(response, CurrentUser.get().accountId());
		audit.record(AuditAction.CREATE, "outcome-response", response.id(), clientId);
		return response.id();
	}

	@TabletAccess
	@Transactional
	public QuestionnaireState show(UUID clientId, UUID responseId, String questionId) {
		OutcomeResponse response = answering.load(CurrentUser.clinicId(), clientId, responseId);
		audit.record(AuditAction.VIEW, "outcome-response", responseId, clientId);
		return answering.state(response, questionId);
	}

	@TabletAccess
	@Transactional
	public QuestionnaireState answer(UUID clientId, UUID responseId, String questionId, String value) {
		OutcomeResponse response = answering.answer(open(clientId, responseId), questionId, value);
		audit.record(AuditAction.UPDATE, "outcome-response", responseId, clientId);
		return answering.state(response, null);
	}

	@TabletAccess
	@Transactional
	public OutcomeResponse finish(UUID clientId, UUID responseId) {
		OutcomeResponse completed = answering.finish(open(clientId, responseId));
		audit.record(AuditAction.UPDATE, "outcome-response", responseId, clientId);
		return completed;
	}

	/**
	 * A questionnaire of this client that may still be answered. Looked up by clinic, client and id
	 * together, so another clinic's or client's id is "not found".
	 */
	private OutcomeResponse open(UUID clientId, UUID responseId) {
		OutcomeResponse response = answering.load(CurrentUser.clinicId(), clientId, responseId);
		if (response.isCompleted()) {
			throw new ConflictException("outcomes.alreadyCompleted");
		}
		return response;
	}
}
