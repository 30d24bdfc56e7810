package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.quadratus.atlas.Atlas;
import app.quadratus.screening.PainPattern;
import app.quadratus.screening.ScreeningEngine;
import app.quadratus.screening.ScreeningResult;
import app.quadratus.screening.Urgency;
import org.junit.jupiter.api.Test;

/** Each demo story lands on the pattern it tells, by the engine's own rules. */
class DemoAssessmentsTest {

	private static final ScreeningEngine ENGINE = new ScreeningEngine(Atlas.load());

	@Test
	void theStoriesCoverEveryPattern() {
		List<PainPattern> patterns = IntakeDemoHistory_STORIES().stream()
			.map(story -> ENGINE.evaluate(story.toScreeningInput()).pattern()).toList();
		assertThat(patterns).containsExactlyInAnyOrder(PainPattern.values());
	}

	@Test
	void theCaudaEquinaStoryIsAnEmergencyAndTheRadicularOneIsReferred() {
		assertThat(ENGINE.evaluate(DemoAssessments.caudaEquina(52).toScreeningInput()).urgency())
			.isEqualTo(Urgency.EMERGENCY_REFERRAL);
		assertThat(ENGINE.evaluate(DemoAssessments.radicular(40).toScreeningInput()).urgency())
			.isEqualTo(Urgency.ROUTINE_REFERRAL);
	}

	@Test
	void theGluteusMinimusStoryPutsGluteusMinimusFirst() {
		ScreeningResult result = ENGINE.evaluate(DemoAssessments.myofascial(40, 7).toScreeningInput());
		assertThat(result.candidateMuscles().get(0).muscleId()).isEqualTo("gluteus_minimus");
	}

	private static List<AssessmentFindings> IntakeDemoHistory_STORIES() {
		return List.of(DemoAssessments.nonSpecific(40), DemoAssessments.radicular(40), DemoAssessments.deepGluteal(40),
				DemoAssessments.sacroiliac(40), DemoAssessments.myofascial(40, 7), DemoAssessments.seriousPathology(40),
				DemoAssessments.caudaEquina(40));
	}
}
