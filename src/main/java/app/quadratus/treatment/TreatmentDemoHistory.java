package app.quadratus.treatment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.BodySide;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoCourse;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import app.quadratus.treatment.internal.GoalKind;
import app.quadratus.treatment.internal.GoalResult;
import app.quadratus.treatment.internal.HomeworkDone;
import app.quadratus.treatment.internal.PlanContent;
import app.quadratus.treatment.internal.PlanGoal;
import app.quadratus.treatment.internal.PlanPhase;
import app.quadratus.treatment.internal.PlanPhaseKind;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.RegionTreated;
import app.quadratus.treatment.internal.ReleaseOutcome;
import app.quadratus.treatment.internal.SessionGoal;
import app.quadratus.treatment.internal.SoapNote;
import app.quadratus.treatment.internal.Technique;
import app.quadratus.treatment.internal.TreatmentSession;
import app.quadratus.treatment.internal.TriggerPointRelease;
import org.springframework.stereotype.Component;

/**
 * The demo's plans and sessions, on the clients intake assessed (the first adults in seeding order, one
 * story each; see {@code IntakeDemoHistory}). The two clients screened for serious pathology and cauda
 * equina were referred on, so they have no plan. Of the others: most plans agreed, the radicular
 * client's awaiting agreement (waiting for the GP), the myofascial client in maintenance; 4 to 10 signed
 * weekly sessions whose pain and release log follow the client's questionnaires ({@link DemoCourse}:
 * improving, flat or worsening), and one draft for today.
 */
@Component
class TreatmentDemoHistory implements DemoHistory {

	/** One story: where it hurts, which muscles are worked, how many sessions, how the plan stands. */
	record Story(String problem, String region, BodySide side, List<String> muscles, int sessions, boolean agreed,
			boolean maintenance, int painAtStart) {
	}

	static final List<Story> STORIES = List.of(
			new Story("Low back ache after long days at the desk", "lower_lumbar", BodySide.BOTH,
					List.of("quadratus_lumborum", "iliocostalis_lumborum"), 6, true, false, 6),
			new Story("Pain down the back of the left leg, GP review awaited", "posterior_thigh", BodySide.LEFT,
					List.of("gluteus_minimus", "piriformis"), 4, false, false, 6),
			new Story("Right buttock pain down the back of the thigh after an hour's sitting", "mid_buttock",
					BodySide.RIGHT, List.of("piriformis", "gluteus_medius", "gluteus_maximus"), 8, true, false, 7),
			new Story("Ache over the left sacroiliac joint when standing from sitting", "sij", BodySide.LEFT,
					List.of("gluteus_medius", "quadratus_lumborum"), 5, true, false, 5),
			new Story("Deep ache in the right hip and outer thigh, better since the spring", "lateral_hip",
					BodySide.RIGHT, List.of("gluteus_minimus", "tensor_fasciae_latae"), 10, true, true, 7));

	/** The story whose client also has a draft session for today. */
	static final int DRAFT_TODAY = 2;

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	private final Clock clock;

	/** For the benchmark (bench/run.sh): the first story's client gets this many more signed sessions. */
	private final int longHistory;

	TreatmentDemoHistory(TreatmentPlans plans, TreatmentSessions sessions, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${quadratus.demo.long-history-sessions:0}") int longHistory) {
		this.plans = plans;
		this.sessions = sessions;
		this.clock = clock;
		this.longHistory = longHistory;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void seed(DemoClinic clinic) {
		List<DemoClient> adults = clinic.clients().stream().filter(c -> c.ageYears() >= 16).toList();
		int stories = clinic.clients().size() > 10 ? STORIES.size() : 1;
		for (int i = 0; i < Math.min(stories, adults.size()); i++) {
			seed(clinic.clinicId(), adults.get(i), STORIES.get(i), DemoCourse.of(clinic, adults.get(i).id()),
					i == DRAFT_TODAY);
		}
		if (longHistory > 0 && !adults.isEmpty() && clinic.clients().size() > 10) {
			seedLongHistory(clinic.clinicId(), adults.get(0), STORIES.get(0), DemoCourse.of(clinic, adults.get(0).id()));
		}
	}

	/** Twice-daily signed sessions going back from yesterday, on the client's latest plan. */
	private void seedLongHistory(UUID clinicId, DemoClient client, Story story, DemoCourse course) {
		Instant planned = client.joinedAt().plus(Duration.ofDays(2)).plus(Duration.ofHours(11));
		PlanVersion plan = plans.seedInClinic(clinicId, client.id(), client.therapistId(),
				content(story, planned.atZone(ZoneOffset.UTC).toLocalDate()), planned, client.givenName() + " " + client.familyName());
		Instant yesterday = clock.instant().minus(Duration.ofDays(1));
		for (int n = 0; n < longHistory; n++) {
			session(clinicId, client, story, course, plan, yesterday.minus(Duration.ofHours(12L * (longHistory - n))), n, true);
		}
		org.slf4j.LoggerFactory.getLogger(TreatmentDemoHistory.class)
			.info("Demo client with {} more sessions: {}", longHistory, client.id());
	}

	private void seed(UUID clinicId, DemoClient client, Story story, DemoCourse course, boolean draftToday) {
		// The plan is written the day after the assessment (which intake seeds a day after joining).
		Instant planned = client.joinedAt().plus(Duration.ofDays(2)).plus(Duration.ofHours(11));
		LocalDate start = planned.atZone(ZoneOffset.UTC).toLocalDate();
		PlanVersion plan = plans.seedInClinic(clinicId, client.id(), client.therapistId(), content(story, start), planned,
				story.agreed() ? client.givenName() + " " + client.familyName() : null);
		Instant now = clock.instant();
		int done = 0;
		for (int week = 0; done < story.sessions(); week++) {
			Instant at = planned.plus(Duration.ofDays(7L * week + 1));
			if (at.isAfter(now.minus(Duration.ofDays(1)))) {
				break;
			}
			session(clinicId, client, story, course, plan, at, done++, true);
		}
		if (draftToday) {
			session(clinicId, client, story, course, plan, now.minus(Duration.ofMinutes(20)), done, false);
		}
	}

	/**
	 * The n-th session, following the client's questionnaires (the same {@link DemoCourse}): when they
	 * improve, pain on arrival falls and releases are mostly full later in the plan; when they stay flat,
	 * pain eases within each session but returns; when they worsen, pain creeps up, points release only
	 * partly or not at all, and the plan says so.
	 */
	private void session(UUID clinicId, DemoClient client, Story story, DemoCourse course, PlanVersion plan, Instant at,
			int n, boolean sign) {
		int start = story.painAtStart();
		int before = switch (course) {
			case IMPROVING -> Math.max(1, start - n * 2 / 3);
			case FLAT -> start + (n % 3 == 1 ? 1 : n % 3 == 2 ? -1 : 0);
			case WORSENING -> Math.min(10, start + (n + 1) / 3);
		};
		int after = Math.max(0, before - (course == DemoCourse.IMPROVING ? 2 : 1));
		PlanGoal goal = plan.content().goals().get(1);
		GoalResult result = !sign ? null : switch (course) {
			case IMPROVING -> n >= 4 ? GoalResult.MET : GoalResult.PARTLY;
			case FLAT -> GoalResult.PARTLY;
			case WORSENING -> n >= 2 ? GoalResult.NOT_MET : GoalResult.PARTLY;
		};
		List<SessionGoal> goals = List.of(new SessionGoal(UUID.nameUUIDFromBytes((plan.planId() + "/" + n).getBytes()),
				goal.id(), goal.describe(), result));
		TreatmentSession checkedIn = TreatmentSession.checkIn(client.id(), plan.planId(), at, before,
				n == 0 ? HomeworkDone.NONE_SET : n % 3 == 1 ? HomeworkDone.PARTLY : HomeworkDone.DONE, goals,
				client.therapistId(), at);
		List<TriggerPointRelease> log = new ArrayList<>();
		int releases = sign ? 2 + n % 3 : 1;
		for (int r = 0; r < releases; r++) {
			String muscle = story.muscles().get(r % story.muscles().size());
			int referred = course == DemoCourse.IMPROVING ? Math.max(0, before + 1 - r - n / 2) : Math.max(1, before - r % 2);
			ReleaseOutcome outcome = outcome(course, n, r);
			int eased = outcome == ReleaseOutcome.RELEASED ? 3 : outcome == ReleaseOutcome.PARTLY ? 2 : 0;
			log.add(new TriggerPointRelease(UUID.randomUUID(), checkedIn.id(), muscle, side(story.side()),
					r == 0 ? "mid-belly" : null, 5 + (r + n) % 3, 30 + 15 * ((r + n) % 4), referred,
					Math.max(0, referred - eased), outcome, r == 0 ? said(course, n) : null,
					client.therapistId(), at.plus(Duration.ofMinutes(10L + 5 * r))));
		}
		TreatmentSession worked = new TreatmentSession(checkedIn.id(), client.id(), plan.planId(), TreatmentSession.DRAFT,
				at, before, sign ? after : null, checkedIn.homework(), goals,
				List.of(Technique.TRIGGER_POINT_THERAPY, Technique.PETRISSAGE, Technique.PASSIVE_STRETCHING),
				List.of(new RegionTreated(story.region(), story.side())),
				sign ? new SoapNote(null, null, null, nextSteps(course, n)) : SoapNote.EMPTY,
				null, null, null, client.therapistId(), at, client.therapistId(), at);
		sessions.seedInClinic(clinicId, worked, log, sign);
	}

	private static ReleaseOutcome outcome(DemoCourse course, int n, int r) {
		return switch (course) {
			case IMPROVING -> n < 2 && r == 0 ? ReleaseOutcome.PARTLY : ReleaseOutcome.RELEASED;
			case FLAT -> r % 2 == 1 ? ReleaseOutcome.RELEASED : ReleaseOutcome.PARTLY;
			case WORSENING -> n >= 2 && r == 0 ? ReleaseOutcome.NOT_RELEASED : ReleaseOutcome.PARTLY;
		};
	}

	private static String said(DemoCourse course, int n) {
		if (n == 0) {
			return "That's the ache I get in meetings";
		}
		return switch (course) {
			case IMPROVING -> n >= 3 ? "Hardly anything down the leg this week" : null;
			case FLAT -> n % 2 == 0 ? "Eases for a day or two, then it's back" : null;
			case WORSENING -> n >= 2 ? "It's been worse this week, even at night" : null;
		};
	}

	private static String nextSteps(DemoCourse course, int n) {
		return switch (course) {
			case IMPROVING -> "Continue the home stretches; review at the plan's date.";
			case FLAT -> "Pain settles in the session but returns: go through the home programme again at the review.";
			case WORSENING -> n >= 2 ? "Pain rising despite treatment: review the plan with the client and consider a GP referral."
					: "Continue the home stretches; review at the plan's date.";
		};
	}

	private static BodySide side(BodySide side) {
		return side == BodySide.BOTH || side == BodySide.MIDLINE ? BodySide.RIGHT : side;
	}

	private static PlanContent content(Story story, LocalDate start) {
		List<PlanGoal> goals = List.of(
				new PlanGoal(null, GoalKind.MEASURE, "odi", null, null, BigDecimal.valueOf(story.painAtStart() * 5L),
						BigDecimal.valueOf(story.painAtStart() * 2L), start.plusWeeks(8)),
				new PlanGoal(null, GoalKind.ACTIVITY, null, "Sit through a one-hour meeting", null, BigDecimal.valueOf(3),
						BigDecimal.valueOf(8), start.plusWeeks(6)),
				new PlanGoal(null, GoalKind.FREE, null, null, "Back to a weekly Pilates class", null, null,
						start.plusWeeks(10)));
		List<PlanPhase> phases = story.maintenance()
				? List.of(new PlanPhase(PlanPhaseKind.MAINTAIN, null, new BigDecimal("0.25"), "For general maintenance"))
				: List.of(new PlanPhase(PlanPhaseKind.RELIEF, start.plusWeeks(4), BigDecimal.ONE, null),
						new PlanPhase(PlanPhaseKind.RESTORE, start.plusWeeks(8), new BigDecimal("0.5"), null),
						new PlanPhase(PlanPhaseKind.MAINTAIN, null, new BigDecimal("0.25"), "For general maintenance"));
		return new PlanContent(List.of(story.problem()), goals,
				phases, List.of(Technique.TRIGGER_POINT_THERAPY, Technique.DEEP_TISSUE, Technique.PASSIVE_STRETCHING),
				start.plusWeeks(4));
	}
}
