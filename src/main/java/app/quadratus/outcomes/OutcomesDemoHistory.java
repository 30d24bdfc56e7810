package app.quadratus.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two months of measures for the demo clients, through the same scoring as real answers: STarT Back
 * at intake, then ODI and NPRS every two weeks (LEFS and PSFS for some). Every third client improves
 * clearly, every third stays flat and every third gets worse, so the charts tell all three stories.
 */
@Component
class OutcomesDemoHistory implements DemoHistory {

	enum Story {
		IMPROVING, FLAT, WORSENING
	}

	static final Duration EVERY = Duration.ofDays(14);

	private final OutcomeAssignments assignments;

	private final OutcomeRepository repository;

	private final Answering answering;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	OutcomesDemoHistory(OutcomeAssignments assignments, OutcomeRepository repository, Answering answering,
			TransactionTemplate transactions, java.time.Clock clock) {
		this.assignments = assignments;
		this.repository = repository;
		this.answering = answering;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void seed(DemoClinic clinic) {
		Instant now = clock.instant();
		for (int i = 0; i < clinic.clients().size(); i++) {
			DemoClient client = clinic.clients().get(i);
			// One rule with treatment's demo log (DemoCourse), so the session pain follows these scores.
			Story story = Story.valueOf(app.quadratus.shared.demo.DemoCourse.of(clinic, i).name());
			Random random = new Random(clinic.name().hashCode() * 31L + i);
			int index = i;
			transactions.executeWithoutResult(status -> seedClient(clinic.clinicId(), client, index, story, random, now));
		}
	}

	private void seedClient(UUID clinicId, DemoClient client, int index, Story story, Random random, Instant now) {
		Instant joined = client.joinedAt();
		DemoAnswers answers = new DemoAnswers(story, random);
		complete(clinicId, client, assign(clinicId, client, OutcomeMeasure.STARTBACK, Schedule.AT_INTAKE, null, null,
				List.of(), joined), answers.startBack(), joined);
		Assignment odi = assign(clinicId, client, OutcomeMeasure.ODI, Schedule.EVERY_N_SESSIONS, 3, 20, List.of(), joined);
		Assignment nprs = assign(clinicId, client, OutcomeMeasure.NPRS, Schedule.EVERY_N_SESSIONS, 1, 2, List.of(), joined);
		Assignment lefs = index % 5 == 0
				? assign(clinicId, client, OutcomeMeasure.LEFS, Schedule.AT_REVIEW, null, 60, List.of(), joined) : null;
		Assignment psfs = index % 7 == 3 ? assign(clinicId, client, OutcomeMeasure.PSFS, Schedule.AT_REVIEW, null, 7,
				List.of("Sitting through a 1-hour meeting", "Lifting my toddler", "Walking the dog for 30 minutes"), joined)
				: null;
		int step = 0;
		for (Instant at = joined; !at.isAfter(now); at = at.plus(EVERY), step++) {
			complete(clinicId, client, odi, answers.odi(step), at);
			complete(clinicId, client, nprs, answers.nprs(step), at);
			if (lefs != null) {
				complete(clinicId, client, lefs, answers.lefs(step), at);
			}
			if (psfs != null) {
				complete(clinicId, client, psfs, answers.psfs(step), at);
			}
		}
	}

	Assignment assign(UUID clinicId, DemoClient client, OutcomeMeasure measure, Schedule schedule, Integer every,
			Integer goalTarget, List<String> activities, Instant at) {
		AssignmentForm form = AssignmentForm.of(measure, schedule);
		form.setEverySessions(every);
		form.setGoalTarget(goalTarget == null ? null : java.math.BigDecimal.valueOf(goalTarget));
		form.setActivities(String.join("\n", activities));
		Assignment draft = assignments.toAssignment(client.id(), form);
		Assignment assignment = new Assignment(draft.id(), draft.clientId(), draft.measure(), draft.schedule(),
				draft.everySessions(), draft.goal(), draft.activities(), true, at);
		assignments.seed(clinicId, assignment);
		return assignment;
	}

	void complete(UUID clinicId, DemoClient client, Assignment assignment, Map<String, String> answers, Instant at) {
		OutcomeResponse response = OutcomeResponse.start(clinicId, assignment, Channel.TABLET, client.therapistId(), at);
		repository.insert(response, null);
		for (Map.Entry<String, String> answer : new LinkedHashMap<>(answers).entrySet()) {
			response = response.answer(answer.getKey(), answer.getValue(), at);
		}
		repository.update(response);
		answering.finish(response, at.plus(Duration.ofMinutes(5)));
	}
}
