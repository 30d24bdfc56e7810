package app.quadratus.treatment.web;

import java.util.List;
import java.util.Map;

import app.quadratus.treatment.SharedSummaries;
import app.quadratus.shared.web.PortalSection;
import org.springframework.stereotype.Component;

/** On the client's portal home: the latest session summary their therapist shared, if any. */
@Component
class LatestSummaryPortalSection implements PortalSection {

	private final SharedSummaries summaries;

	LatestSummaryPortalSection(SharedSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "treatment/portal-summary";
	}

	@Override
	public Map<String, Object> data() {
		List<SharedSummaries.Shared> latest = summaries.mine(0, 1);
		return latest.isEmpty() ? null : Map.of("summary", latest.get(0));
	}
}
