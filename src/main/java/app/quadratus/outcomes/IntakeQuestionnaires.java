package app.quadratus.outcomes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.shared.NotFoundException;
import app.quadratus.shared.security.ClientSelfAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires of the client's intake before the first visit (STarT Back and ODI), answered by the
 * signed-in client on the same pages as any questionnaire, so their scores land here like every other:
 * on the chart, in progress charts, as the baseline. The client id comes from the account.
 */
@Service
public class IntakeQuestionnaires {

	/** The measures the intake asks for, in order. */
	public static final List<OutcomeMeasure> MEASURES = List.of(OutcomeMeasure.STARTBACK, OutcomeMeasure.ODI);

	/**
	 * One intake questionnaire and where the client is with it.
	 *
	 * @param latest the latest completion; null when never completed
	 */
	public record Status(OutcomeMeasure measure, String title, CompletedScore latest) {

		public boolean completed() {
			return latest != null;
		}
	}

	private final OutcomeRepository repository;

	private final InstrumentCatalogue catalogue;

	private final QuestionnaireLinks links;

	private final AuditLog audit;

	private final Clock clock;

	IntakeQuestionnaires(OutcomeRepository repository, InstrumentCatalogue catalogue, QuestionnaireLinks links,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	/** Each intake measure with the signed-in client's latest score. Audited as a view of their responses. */
	@ClientSelfAccess
	@Transactional
	public List<Status> mine() {
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		audit.record(AuditAction.VIEW, "outcome-response", clientId, clientId);
		return MEASURES.stream()
			.map(m -> new Status(m, catalogue.instrument(m).title(), repository.latestCompleted(clinicId, clientId, m, 1)
				.stream().map(OutcomeResponse::result).findFirst().orElse(null)))
			.toList();
	}

	/**
	 * The path where the signed-in client answers an intake measure: their "at intake" assignment of it
	 * (made now, by them, if the clinic has not made one), started or carried on where they stopped.
	 *
	 * @throws NotFoundException for a measure the intake does not ask for
	 */
	@ClientSelfAccess
	@Transactional
	public String openForSelf(String measureId) {
		OutcomeMeasure measure = OutcomeMeasure.fromId(measureId).filter(MEASURES::contains)
			.orElseThrow(() -> new NotFoundException("measure"));
		UUID clinicId = CurrentUser.clinicId();
		UUID clientId = CurrentUser.ownClientId();
		Assignment assignment = repository.activeAssignments(clinicId, clientId).stream()
			.filter(a -> a.measure() == measure && a.schedule() == Schedule.AT_INTAKE)
			.findFirst()
			.orElseGet(() -> {
				Assignment made = new Assignment(UUID.randomUUID(), clientId, measure, Schedule.AT_INTAKE, null, null,
						List.of(), true, clock.instant());
				repository.insert(clinicId, made, CurrentUser.get().accountId());
				audit.record(AuditAction.CREATE, "outcome-assignment", made.id(), clientId);
				return made;
			});
		return links.openForSelf(assignment.id());
	}
}
