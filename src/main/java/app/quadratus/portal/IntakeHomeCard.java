package app.quadratus.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import app.quadratus.intake.ClientIntake;
import app.quadratus.intake.ClientIntakes;
import app.quadratus.intake.IntakeStep;
import app.quadratus.shared.web.PortalSection;
import app.quadratus.treatment.ClientPlans;
import org.springframework.stereotype.Component;

/**
 * The intake's card on the portal home, on top: offered to a client not yet assessed and without a plan, "carry on" while
 * a draft is open, "sent" for two weeks after submitting; then it leaves the home page.
 */
@Component
class IntakeHomeCard implements PortalSection {

	static final Duration SHOWN_AFTER_SENDING = Duration.ofDays(14);

	private final ClientIntakes intakes;

	private final Clock clock;

	private final ClientPlans plans;

	IntakeHomeCard(ClientIntakes intakes, ClientPlans plans, Clock clock) {
		this.intakes = intakes;
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public String template() {
		return "portal/intake/card";
	}

	@Override
	public Map<String, Object> data() {
		ClientIntake intake = intakes.mine().orElse(null);
		// Not offered to someone already in care: assessed, or with a plan (as the demo's Claire).
		if (intake == null && (!intakes.beforeFirstAssessment() || !plans.mine().isEmpty())) {
			return null;
		}
		if (intake != null && intake.submitted() && intake.submittedAt().plus(SHOWN_AFTER_SENDING).isBefore(clock.instant())) {
			return null;
		}
		Map<String, Object> data = new HashMap<>();
		data.put("intake", intake);
		data.put("steps", IntakeStep.count());
		return data;
	}
}
