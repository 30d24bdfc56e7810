package app.quadratus.treatment.web;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import app.quadratus.treatment.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * The treatment part of the chart: the client's plans with their status, today's draft session, the
 * buttons to plan and treat, and the first page of the timeline with the pain chart.
 */
@Component
class TreatmentChartSection implements ChartSection {

	private final TreatmentPlans plans;

	private final ClientTimeline timeline;

	TreatmentChartSection(TreatmentPlans plans, ClientTimeline timeline) {
		this.plans = plans;
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
		ClientTimeline.Page first = timeline.firstPageOfChart(clientId);
		// Today's draft is the newest session, on the first page of the timeline: no second query.
		var newest = first.entries().stream().filter(e -> e.kind().equals("session")).findFirst()
			.filter(e -> e.detailKey().endsWith(".draft"));
		return Map.of("clientId", clientId, "plans", plans.ofClient(clientId), "draft", newest, "timeline", first,
				"painChart", PainChart.of(first.pain()));
	}
}
