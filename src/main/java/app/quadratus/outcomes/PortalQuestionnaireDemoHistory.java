package app.quadratus.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import app.quadratus.shared.demo.DemoClinic;
import app.quadratus.shared.demo.DemoClinic.DemoClient;
import app.quadratus.shared.demo.DemoHistory;
import org.springframework.stereotype.Component;

/**
 * For the client's portal demo: Claire Demo (the demo client account, last in the large clinic's list)
 * has a one-off NPRS waiting for her, assigned yesterday, so her portal home shows a questionnaire due.
 */
@Component
class PortalQuestionnaireDemoHistory implements DemoHistory {

	private final OutcomesDemoHistory outcomes;

	private final Clock clock;

	PortalQuestionnaireDemoHistory(OutcomesDemoHistory outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 110;
	}

	@Override
	public void seed(DemoClinic clinic) {
		if (clinic.clients().size() <= 10) {
			return;
		}
		DemoClient claire = clinic.clients().get(clinic.clients().size() - 1);
		outcomes.assign(clinic.clinicId(), claire, OutcomeMeasure.NPRS, Schedule.ONCE, null, null, List.of(),
				clock.instant().minus(Duration.ofDays(1)));
	}
}
