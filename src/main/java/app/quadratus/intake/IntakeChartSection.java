package app.quadratus.intake;

import java.util.Map;
import java.util.UUID;

import app.quadratus.atlas.RedFlag;
import app.quadratus.atlas.Terms;
import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Component;

/** The client's submitted intake at the top of the chart, a red flag they answered "yes" first. */
@Component
class IntakeChartSection implements ChartSection {

	private final ClientIntakes intakes;

	private final Assessments assessments;

	IntakeChartSection(ClientIntakes intakes, Assessments assessments) {
		this.intakes = intakes;
		this.assessments = assessments;
	}

	@Override
	public int order() {
		// Before the assessments (10): a red flag the client reported must be the first thing seen.
		return 5;
	}

	@Override
	public String template() {
		return "intake/intake-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		return intakes.submittedFor(clientId)
			.<Map<String, Object>>map(intake -> Map.of("clientId", clientId, "intake", intake, "awaiting",
					assessments.count(clientId) == 0, "flags", intake.answers().redFlagsYes().stream()
						.flatMap(id -> Terms.byId(RedFlag.class, id).stream()).toList()))
			.orElse(null);
	}
}
