package app.quadratus.treatment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import app.quadratus.treatment.internal.GoalKind;
import app.quadratus.treatment.internal.PlanContent;
import app.quadratus.treatment.internal.PlanGoal;
import app.quadratus.treatment.internal.PlanPhase;
import app.quadratus.treatment.internal.PlanPhaseKind;
import app.quadratus.treatment.internal.PlanRepository;
import app.quadratus.treatment.internal.PlanVersion;
import app.quadratus.treatment.internal.Technique;
import app.quadratus.treatment.internal.TreatmentPlan;
import org.springframework.stereotype.Component;

/**
 * The portal's demo plan: Claire Demo (the demo client account, last in the large clinic's list) agreed
 * version 1 in clinic three weeks ago; her therapist revised it two days ago (version 2, a review date
 * and a walking goal), which waits for her to agree it in the portal.
 */
@Component
class ClientPlanDemoHistory implements DemoHistory {

	private final TreatmentPlans plans;

	private final PlanRepository repository;

	private final Clock clock;

	ClientPlanDemoHistory(TreatmentPlans plans, PlanRepository repository, Clock clock) {
		this.plans = plans;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void seed(DemoClinic clinic) {
		if (clinic.clients().size() <= 10) {
			return;
		}
		DemoClient claire = clinic.clients().get(clinic.clients().size() - 1);
		Instant now = clock.instant();
		Instant written = now.minus(Duration.ofDays(21));
		LocalDate start = written.atZone(ZoneOffset.UTC).toLocalDate();
		PlanVersion v1 = plans.seedInClinic(clinic.clinicId(), claire.id(), claire.therapistId(), content(start, false),
				written, claire.givenName() + " " + claire.familyName());
		TreatmentPlan plan = new TreatmentPlan(v1.planId(), claire.id(), repository.versions(clinic.clinicId(), v1.planId()).get(0));
		PlanContent revised = content(start, true);
		PlanContent keepingGoals = new PlanContent(revised.problems(),
				List.of(v1.content().goals().get(0), v1.content().goals().get(1), revised.goals().get(2)), revised.phases(),
				revised.techniques(), revised.reviewOn());
		repository.insertVersion(clinic.clinicId(),
				plan.revise(1, keepingGoals, claire.therapistId(), now.minus(Duration.ofDays(2))));
	}

	private static PlanContent content(LocalDate start, boolean revised) {
		List<PlanGoal> goals = List.of(
				new PlanGoal(null, GoalKind.MEASURE, "odi", null, null, BigDecimal.valueOf(36), BigDecimal.valueOf(16),
						start.plusWeeks(8)),
				new PlanGoal(null, GoalKind.ACTIVITY, null, "Sit through a one-hour meeting", null, BigDecimal.valueOf(3),
						BigDecimal.valueOf(8), start.plusWeeks(6)),
				revised ? new PlanGoal(null, GoalKind.FREE, null, null, "Walk to work and back without stopping", null, null,
						start.plusWeeks(7))
						: new PlanGoal(null, GoalKind.FREE, null, null, "Back to a weekly Pilates class", null, null,
								start.plusWeeks(10)));
		List<PlanPhase> phases = List.of(new PlanPhase(PlanPhaseKind.RELIEF, start.plusWeeks(4), BigDecimal.ONE, null),
				new PlanPhase(PlanPhaseKind.RESTORE, start.plusWeeks(8), new BigDecimal("0.5"), null),
				new PlanPhase(PlanPhaseKind.MAINTAIN, null, new BigDecimal("0.25"), "For general maintenance"));
		return new PlanContent(List.of("Ache deep in the right buttock, worse when sitting"), goals, phases,
				List.of(Technique.TRIGGER_POINT_THERAPY, Technique.PASSIVE_STRETCHING), start.plusWeeks(revised ? 6 : 4));
	}
}
