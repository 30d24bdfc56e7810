package app.quadratus.treatment.internal;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.TreatmentSessions;
import org.springframework.stereotype.Component;

/** The client's plans and their newest sessions on the chart: a page of sessions, however many there are. */
@Component
class TreatmentChartSection implements ChartSection {

	static final int SHOWN = 10;

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	TreatmentChartSection(TreatmentPlans plans, TreatmentSessions sessions) {
		this.plans = plans;
		this.sessions = sessions;
	}

	@Override
	public int order() {
		// After the assessment, before the outcome measures: the order of the care loop.
		return 20;
	}

	@Override
	public String template() {
		return "treatment/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		var page = sessions.page(clientId, SHOWN, null);
		return Map.of("clientId", clientId, "plans", plans.ofClient(clientId), "sessions", page.items(), "more",
				page.next() != null);
	}
}
