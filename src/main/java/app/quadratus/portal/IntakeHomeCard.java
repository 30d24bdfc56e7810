package app.quadratus.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import app.quadratus.intake.ClientIntake;
import app.quadratus.intake.ClientIntakes;
import app.quadratus.intake.IntakeStep;
import app.quadratus.shared.web.PortalSection;
import org.springframework.stereotype.Component;

/**
 * The intake's card on the portal home, on top: offered to a client not yet assessed, "carry on" while
 * a draft is open, "sent" for two weeks after submitting; then it leaves the home page.
 */
@Component
class IntakeHomeCard implements PortalSection {

	static final Duration SHOWN_AFTER_SENDING = Duration.ofDays(14);

	private final ClientIntakes intakes;

	private final Clock clock;

	IntakeHomeCard(ClientIntakes intakes, Clock clock) {
		this.intakes = intakes;
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
		if (intake == null && !intakes.beforeFirstAssessment()) {
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
