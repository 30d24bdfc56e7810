package app.quadratus.intake;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Component;

/** The client's assessments on the chart, newest first, with the "New assessment" button. */
@Component
class AssessmentChartSection implements ChartSection {

	/** A page of the newest; the chart stays fast however many assessments a client has. */
	static final int SHOWN = 10;

	private final Assessments assessments;

	private final AssessmentPageModel pages;

	AssessmentChartSection(Assessments assessments, AssessmentPageModel pages) {
		this.assessments = assessments;
		this.pages = pages;
	}

	@Override
	public int order() {
		// Assessment comes first in the care loop, so it sits right under the client's header.
		return 10;
	}

	@Override
	public String template() {
		return "intake/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		RecentAssessments recent = assessments.recentWithTotal(clientId, SHOWN);
		return Map.of("clientId", clientId, "assessments", recent.shown(), "total", recent.total(), "authors",
				pages.authorNames());
	}
}
