package app.quadratus.careteam.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.clinic.Clinics;
import app.quadratus.shared.security.CurrentUser;
import app.quadratus.shared.web.ChartSection;
import org.springframework.stereotype.Component;

/** The chart's care-team card: who outside the clinic can see what now, and the way to the care-team page. */
@Component
class CareTeamChartSection implements ChartSection {

	private final CareShares shares;

	private final Clinics clinics;

	CareTeamChartSection(CareShares shares, Clinics clinics) {
		this.shares = shares;
		this.clinics = clinics;
	}

	@Override
	public int order() {
		// After outcomes (60): the care team follows the plan, homework and progress it shares.
		return 70;
	}

	@Override
	public String template() {
		return "careteam/chart-section";
	}

	@Override
	public Map<String, Object> data(UUID clientId) {
		LocalDate today = LocalDate.now(java.time.Clock.system(clinics.zoneOf(CurrentUser.clinicId())));
		List<CareShare> live = shares.forClient(clientId).stream().filter(s -> s.liveOn(today)).toList();
		Map<String, Object> data = new HashMap<>();
		data.put("clientId", clientId);
		data.put("live", live);
		return data;
	}
}
