package app.quadratus.treatment.web;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import app.quadratus.treatment.TreatmentPlans;
import app.quadratus.treatment.TreatmentSessions;
import org.springframework.stereotype.Component;

/**
 * The treatment part of the chart: the client's plans with their status, today's draft session, the
 * buttons to plan and treat, and the first page of the timeline with the pain chart.
 */
@Component
class TreatmentChartSection implements ChartSection {

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	private final ClientTimeline timeline;

	TreatmentChartSection(TreatmentPlans plans, TreatmentSessions sessions, ClientTimeline timeline) {
		this.plans = plans;
		this.sessions = sessions;
		this.timeline = timeline;
	}

	@Override
	public int order() {
		// After the assessments, before the outcomes: the care loop's order.
		return 15;
	}

	@Override
	public String template() {
		return "treatment/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		ClientTimeline.Page first = timeline.page(clientId, null);
		var newest = sessions.page(clientId, 1, null).items().stream().findFirst()
			.filter(s -> "draft".equals(s.status()));
		return Map.of("clientId", clientId, "plans", plans.ofClient(clientId), "draft", newest, "timeline", first,
				"painChart", PainChart.of(first.pain()));
	}
}
