package app.quadratus.outcomes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.audit.AuditAction;
import app.quadratus.audit.AuditLog;
import app.quadratus.clients.ClientRecords;
import app.quadratus.shared.security.ClinicalAccess;
import app.quadratus.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's progress on every measure, interpreted: bands, risk group, each follow-up against the
 * baseline by the MCID rules, and goals. For the chart, the PDF report, and later the portal.
 */
@Service
public class OutcomeProgress {

	/** A chart stays legible, and the query bounded, however long a client attends. */
	static final int MAX_POINTS = 100;

	private final Clinics clinics;

	private final OutcomeRepository repository;

	private final InstrumentCatalogue catalogue;

	private final OutcomeInterpretation interpretation;

	private final ClientRecords clients;

	private final AuditLog audit;

	private final java.time.Clock clock;

	private final DueReads dueReads;

	OutcomeProgress(OutcomeRepository repository, InstrumentCatalogue catalogue, OutcomeInterpretation interpretation,
			ClientRecords clients, AuditLog audit, Clinics clinics, DueReads dueReads,
			java.time.Clock clock) {
		this.dueReads = dueReads;
		this.clock = clock;
		this.clinics = clinics;
		this.repository = repository;
		this.catalogue = catalogue;
		this.interpretation = interpretation;
		this.clients = clients;
		this.audit = audit;
	}

	/** For the chart, whose view the clients module audits once (one entry per view). */
	@ClinicalAccess
	@Transactional
	public ClientProgress forChart(UUID clientId) {
		clients.requireExists(clientId);
		return progress(clientId);
	}

	/** The signed-in client's own progress and questionnaires due, for the portal. Audited as the client. */
	@app.quadratus.shared.security.ClientSelfAccess
	@Transactional
	public ClientProgress forSelf() {
		UUID clientId = CurrentUser.ownClientId();
		ClientProgress progress = progress(clientId);
		audit.record(AuditAction.VIEW, "outcome-progress", clientId, clientId);
		return progress;
	}

	/**
	 * The shared client's scores, charted, for a care-team member looking through a live share that
	 * includes progress; no questionnaire answers, only the scores. Audited as the partner.
	 */
	@app.quadratus.shared.security.CareTeamAccess
	@Transactional
	public List<MeasureProgress> forCareTeam() {
		var view = app.quadratus.shared.security.CareTeamView
			.require(app.quadratus.shared.security.SharedPart.PROGRESS);
		List<MeasureProgress> measures = measures(view.clinicId(), view.clientId(),
				repository.activeAssignments(view.clinicId(), view.clientId()));
		audit.record(AuditAction.VIEW, "outcome-progress", view.clientId(), view.clientId());
		return measures;
	}

	private ClientProgress progress(UUID clientId) {
		UUID clinicId = CurrentUser.clinicId();
		// The assignments with all that makes each due, in one statement however many there are.
		List<DueReads.DueFacts> facts = dueReads.forClient(clinicId, clientId, clock.instant());
		List<Assignment> assignments = facts.stream().map(DueReads.DueFacts::assignment).toList();
		List<ClientProgress.DueMeasure> due = facts.stream().map(f -> {
			Assignment a = f.assignment();
			long sessions = a.schedule() != Schedule.EVERY_N_SESSIONS ? 0 : f.sessionsSince();
			return new ClientProgress.DueMeasure(a, catalogue.instrument(a.measure()), f.lastCompleted(),
					a.dueNow(f.lastCompleted(), sessions, f.lastReview()));
		}).toList();
		// The open questionnaires and every measure's points, in one statement.
		OutcomeRepository.ChartResponses responses = repository.chartable(clinicId, clientId, MAX_POINTS - 1, true);
		List<ClientProgress.OpenQuestionnaire> open = responses.inProgress().stream().map(r -> {
			Questionnaire q = Questionnaire.of(catalogue.instrument(r.measure()), r.activities());
			return new ClientProgress.OpenQuestionnaire(r, q.instrument(), q.answeredCount(r.answers()), q.questions().size());
		}).toList();
		return new ClientProgress(due, open, measures(clinicId, assignments, responses.completed()));
	}

	/** The progress for a printed report; recorded in the audit log as a print. */
	@ClinicalAccess
	@Transactional
	public List<MeasureProgress> forReport(UUID clientId) {
		clients.requireExists(clientId);
		UUID clinicId = CurrentUser.clinicId();
		audit.record(AuditAction.PRINT, "outcome-progress-report", clientId, clientId);
		return measures(clinicId, clientId, repository.activeAssignments(clinicId, clientId));
	}

	List<MeasureProgress> measures(UUID clinicId, UUID clientId, List<Assignment> assignments) {
		return measures(clinicId, assignments, chartable(clinicId, clientId));
	}

	private List<MeasureProgress> measures(UUID clinicId, List<Assignment> assignments,
			Map<OutcomeMeasure, List<OutcomeResponse>> chartable) {
		List<MeasureProgress> result = new ArrayList<>();
		ZoneId zone = clinics.zoneOf(clinicId);
		chartable.forEach((measure, completions) -> {
			OutcomeGoal goal = assignments.stream()
				.filter(a -> a.measure() == measure && a.goal() != null)
				.max(Comparator.comparing(Assignment::createdAt))
				.map(Assignment::goal)
				.orElse(null);
			result.add(progress(catalogue.instrument(measure), completions, goal, zone));
		});
		return result;
	}

	/**
	 * What a chart shows of each measure the client has completed: the baseline and then the newest
	 * completions, so a client who has attended for years still sees their latest scores against where
	 * they began. One statement for all measures, in their catalogue order.
	 */
	Map<OutcomeMeasure, List<OutcomeResponse>> chartable(UUID clinicId, UUID clientId) {
		return repository.chartable(clinicId, clientId, MAX_POINTS - 1, false).completed();
	}

	MeasureProgress progress(Instrument instrument, List<OutcomeResponse> completions, OutcomeGoal goal, ZoneId zone) {
		List<ProgressPoint> points = new ArrayList<>();
		Change latestChange = null;
		var baseline = completions.get(0).result().score();
		for (int i = 0; i < completions.size(); i++) {
			OutcomeResponse r = completions.get(i);
			var score = r.result().score();
			Change change = i > 0 && instrument.hasChangeRule()
					? interpretation.compare(instrument.measure(), baseline, score) : null;
			String band = instrument.band(score).map(b -> b.text()).orElse(null);
			StartBackRisk risk = r.result().risk() == null ? null : StartBackRisk.valueOf(r.result().risk().toUpperCase());
			points.add(new ProgressPoint(r.id(), r.completedAt().atZone(zone).toLocalDate(), score, band, risk,
					change == null ? null : change.change(), change == null ? null : change.direction(),
					change != null && change.clinicallyImportant(), goal == null ? null : goal.isMetBy(score), i == 0));
			latestChange = change;
		}
		return new MeasureProgress(instrument, points, goal, latestChange, ProgressChart.of(instrument, points, goal));
	}
}
