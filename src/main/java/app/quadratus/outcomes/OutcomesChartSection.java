package app.quadratus.outcomes;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Component;

/** Puts the client's outcome measures and progress on their chart. */
@Component
class OutcomesChartSection implements ChartSection {

	private final OutcomeProgress progress;

	OutcomesChartSection(OutcomeProgress progress) {
		this.progress = progress;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String template() {
		return "outcomes/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		return Map.of("clientId", clientId, "progress", progress.forChart(clientId));
	}
}
