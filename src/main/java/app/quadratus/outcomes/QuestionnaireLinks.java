package app.quadratus.outcomes;

import java.time.Clock;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.Client;
import app.quadratus.clients.ClientRecords;
import app.quadratus.notifications.EmailMessage;
import app.quadratus.notifications.Mailer;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing a measure at home through an emailed one-time link that needs no account. The email says
 * only that the clinic sent a questionnaire (mail is not a secure channel: no measure, no scores).
 * Whoever holds a valid link may answer that one questionnaire and nothing else.
 */
@Service
public class QuestionnaireLinks {

	private final Questionnaires questionnaires;

	private final OutcomeLinks links;

	private final Answering answering;

	private final ClientRecords clients;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	QuestionnaireLinks(Questionnaires questionnaires, OutcomeLinks links,
			Answering answering, ClientRecords clients, Mailer mailer, AuditLog audit, Clock clock,
			@Value("${quadratus.base-url}") String baseUrl) {
		this.questionnaires = questionnaires;
		this.links = links;
		this.answering = answering;
		this.clients = clients;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Emails the client a link to the questionnaire of this assignment.
	 * @return false if the mail server could not take the message (the link is then not usable by anyone)
	 * @throws InvalidFieldException on {@code email} when the client has no email address
	 */
	@ClinicalAccess
	@Transactional
	public boolean send(UUID clientId, UUID assignmentId) {
		Client client = clients.details(clientId);
		if (client.email() == null) {
			throw new InvalidFieldException("email", "outcomes.link.noEmail");
		}
		UUID responseId = questionnaires.start(clientId, assignmentId, Channel.EMAIL_LINK);
		String token = links.issue(CurrentUser.clinicId(), clientId, responseId, CurrentUser.get().accountId(),
				clock.instant());
		audit.record(AuditAction.CREATE, "outcome-link", responseId, clientId);
		boolean sent = mailer.send(new EmailMessage(client.email(), "A questionnaire from your clinic",
				"Hello " + client.givenName() + ",\n\nYour therapist has asked you to fill in a short questionnaire. "
						+ "Open this link to answer it; you do not need an account:\n\n" + baseUrl + "/outcomes/q/" + token
						+ "\n\nThe link works until you finish the questionnaire, for up to " + OutcomeLinks.LIFETIME.toDays()
						+ " days. If you stop halfway, open it again to carry on.\n"));
		if (!sent) {
			// A link no one received is only a risk (it could surface in a mail queue or log later): cancel it.
			links.revoke(token, clock.instant());
		}
		return sent;
	}

	/**
	 * For the signed-in client in the portal: a link (path) to answer one of their own questionnaires on
	 * the same pages as an emailed link, so there is one answering flow. Nothing is emailed.
	 *
	 * @throws NotFoundException for an assignment that is not the client's own or no longer active
	 */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public String openForSelf(UUID assignmentId) {
		UUID clientId = CurrentUser.ownClientId();
		UUID responseId = questionnaires.startForSelf(assignmentId);
		String token = links.issue(CurrentUser.clinicId(), clientId, responseId, CurrentUser.get().accountId(),
				clock.instant());
		audit.record(AuditAction.CREATE, "outcome-link", responseId, clientId);
		return "/outcomes/q/" + token;
	}

	/** The questionnaire behind a valid link. */
	@Transactional
	public QuestionnaireState show(String token, String questionId) {
		OutcomeLinks.Target target = target(token);
		audit.recordByClientLink(target.clinicId(), target.clientId(), AuditAction.VIEW, "outcome-response",
				target.responseId());
		return answering.state(load(target), questionId);
	}

	@Transactional
	public QuestionnaireState answer(String token, String questionId, String value) {
		OutcomeLinks.Target target = target(token);
		OutcomeResponse response = answering.answer(load(target), questionId, value);
		audit.recordByClientLink(target.clinicId(), target.clientId(), AuditAction.UPDATE, "outcome-response",
				target.responseId());
		return answering.state(response, null);
	}

	@Transactional
	public void finish(String token) {
		OutcomeLinks.Target target = target(token);
		answering.finish(load(target));
		audit.recordByClientLink(target.clinicId(), target.clientId(), AuditAction.UPDATE, "outcome-response",
				target.responseId());
	}

	private OutcomeLinks.Target target(String token) {
		return links.find(token, clock.instant()).orElseThrow(() -> new NotFoundException("questionnaire link"));
	}

	private OutcomeResponse load(OutcomeLinks.Target target) {
		OutcomeResponse response = answering.load(target.clinicId(), target.clientId(), target.responseId());
		if (response.isCompleted()) {
			throw new ConflictException("outcomes.alreadyCompleted");
		}
		return response;
	}
}
