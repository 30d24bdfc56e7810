package app.quadratus.portal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.quadratus.shared.web.PortalSection;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cards other modules contribute to the portal's home ({@link PortalSection}), in their order; a
 * section whose data is null (nothing to show this client) is left out. Only for the portal's pages.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
class PortalSections {

	private final List<PortalSection> sections;

	PortalSections(List<PortalSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
	}

	/** Template name to its data, for {@code portal/home}. */
	@ModelAttribute("portalSections")
	Map<String, Map<String, Object>> sections(jakarta.servlet.http.HttpServletRequest request) {
		Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
		if (!"GET".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + "/portal")) {
			return shown;
		}
		for (PortalSection section : sections) {
			Map<String, Object> data = section.data();
			if (data != null) {
				shown.put(section.template(), data);
			}
		}
		return shown;
	}
}
