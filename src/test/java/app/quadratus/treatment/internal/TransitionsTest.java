package app.quadratus.treatment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.quadratus.atlas.BodySide;
import app.quadratus.shared.ConflictException;
import app.quadratus.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The named transitions of plans and sessions refuse what the domain forbids. */
class TransitionsTest {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final UUID THERAPIST = UUID.randomUUID();

	private final PlanContent content = new PlanContent(List.of("Buttock pain"),
			List.of(new PlanGoal(null, GoalKind.ACTIVITY, null, "Sit for an hour", null, BigDecimal.valueOf(3),
					BigDecimal.valueOf(8), null)),
			List.of(new PlanPhase(PlanPhaseKind.RELIEF, LocalDate.of(2027, 1, 10), BigDecimal.ONE, null)),
			List.of(Technique.TRIGGER_POINT_THERAPY), LocalDate.of(2027, 1, 10));

	@Test
	void aRevisionKeepsGoalIdsAndNeedsAgreeingAgain() {
		PlanVersion first = TreatmentPlan.draft(UUID.randomUUID(), UUID.randomUUID(), content, THERAPIST, NOW);
		TreatmentPlan plan = new TreatmentPlan(first.planId(), first.clientId(), first);
		PlanAgreement agreed = plan.agree(1, "Claire Demo", AgreementMethod.IN_CLINIC, THERAPIST, NOW);
		TreatmentPlan agreedPlan = new TreatmentPlan(first.planId(), first.clientId(), first.withAgreement(agreed));
		UUID goal = first.content().goals().get(0).id();
		PlanContent kept = new PlanContent(content.problems(), List.of(first.content().goals().get(0)), content.phases(),
				content.techniques(), content.reviewOn());

		PlanVersion second = agreedPlan.revise(1, kept, THERAPIST, NOW);
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.status()).isEqualTo(PlanVersion.AWAITING_AGREEMENT);
		assertThat(second.latestAgreed()).isEqualTo(agreed);
		assertThat(second.content().goals().get(0).id()).isEqualTo(goal);
		assertThat(second.contentSha256()).hasSize(64);
		assertThatThrownBy(() -> agreedPlan.revise(0, kept, THERAPIST, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> plan.agree(2, "Claire Demo", AgreementMethod.PORTAL, THERAPIST, NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aSessionSignsOnceWithPainAfterAndADraftedNote() {
		TreatmentSession draft = TreatmentSession.checkIn(UUID.randomUUID(), null, NOW, 6, HomeworkDone.PARTLY, List.of(),
				THERAPIST, NOW);
		assertThatThrownBy(() -> draft.sign(List.of(), THERAPIST, NOW)).isInstanceOf(InvalidFieldException.class)
			.hasMessageContaining("painAfter");
		TreatmentSession done = draft.revise(new TreatmentSession(draft.id(), draft.clientId(), null, draft.status(), NOW, 6, 3,
				draft.homework(), List.of(), List.of(Technique.PETRISSAGE), List.of(), SoapNote.EMPTY, null, null, null,
				THERAPIST, NOW, THERAPIST, NOW), THERAPIST, NOW);
		TriggerPointRelease release = new TriggerPointRelease(UUID.randomUUID(), draft.id(), "piriformis", BodySide.RIGHT,
				null, 6, 45, 7, 3, ReleaseOutcome.RELEASED, "Gone", THERAPIST, NOW);
		TreatmentSession signed = done.sign(List.of(release), THERAPIST, NOW);
		assertThat(signed.isSigned()).isTrue();
		assertThat(signed.note().subjective()).contains("6/10", "\"Gone\"");
		assertThat(signed.note().objective()).contains("piriformis", "released");
		assertThat(signed.note().assessment()).contains("6/10 before, 3/10 after");
		assertThat(signed.contentSha256()).hasSize(64);
		assertThatThrownBy(() -> signed.sign(List.of(), THERAPIST, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> signed.revise(done, THERAPIST, NOW)).isInstanceOf(ConflictException.class);
	}
}
