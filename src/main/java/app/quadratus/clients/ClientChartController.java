package app.quadratus.clients;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client's chart: the clinical record's home page. Therapists and the owner only. */
@Controller
class ClientChartController {

	private final ClientChart chart;

	ClientChartController(ClientChart chart) {
		this.chart = chart;
	}

	/** A section's template and the data its fragment receives. */
	record RenderedSection(String template, Map<String, Object> data) {
	}

	@GetMapping("/clients/{id}")
	String chart(@PathVariable UUID id, Model model) {
		ClientChart.View view = chart.open(id);
		model.addAttribute("client", view.client());
		model.addAttribute("consents", view.consents());
		model.addAttribute("therapistName", view.therapistName());
		model.addAttribute("sections", view.sections());
		return "clients/chart";
	}
}
