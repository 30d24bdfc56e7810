package app.quadratus.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

import app.quadratus.screening.ScreeningInput;
import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * The demo's assessments: in the larger clinic one client per pattern (two of them referred), and one
 * client assessed twice so the drawings can be compared; in the small clinic one assessment, so that
 * isolation tests have an id to try. Deterministic: fixed stories on the clients in seeding order.
 */
@Component
class IntakeDemoHistory implements DemoHistory {

	private static final List<IntFunction<AssessmentFindings>> STORIES = List.of(DemoAssessments::nonSpecific,
			DemoAssessments::radicular, DemoAssessments::deepGluteal, DemoAssessments::sacroiliac,
			age -> DemoAssessments.myofascial(age, 7), DemoAssessments::seriousPathology,
			DemoAssessments::caudaEquina);

	/** How many adults of the larger clinic are assessed in the demo (the first ones). */
	static final int STORIES_SEEDED = STORIES.size();

	/** The client whose myofascial story has a re-assessment three weeks later. */
	static final int REASSESSED = 4;

	private final Assessments assessments;

	IntakeDemoHistory(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed(DemoClinic clinic) {
		List<DemoClient> adults = clinic.clients().stream()
			.filter(c -> c.ageYears() >= ScreeningInput.MINIMUM_AGE).toList();
		int stories = clinic.clients().size() > 10 ? STORIES.size() : 1;
		for (int i = 0; i < Math.min(stories, adults.size()); i++) {
			DemoClient client = adults.get(i);
			Instant first = client.joinedAt().plus(Duration.ofDays(1)).plus(Duration.ofHours(10));
			assessments.seedInClinic(clinic.clinicId(), client.id(), client.therapistId(), first,
					STORIES.get(i).apply(client.ageYears()));
			if (i == REASSESSED) {
				assessments.seedInClinic(clinic.clinicId(), client.id(), client.therapistId(),
						first.plus(Duration.ofDays(21)), DemoAssessments.myofascial(client.ageYears(), 3));
			}
		}
	}
}
