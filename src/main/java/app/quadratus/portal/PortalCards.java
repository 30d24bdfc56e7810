package app.quadratus.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.quadratus.shared.web.PortalSection;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cards other modules contribute to the portal home ({@link PortalSection}s), read for the signed-in
 * client on the home page only; a section with nothing to show returns null and is left out.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
class PortalCards {

	/** A card's template and the data its fragment receives. */
	record Card(String template, Map<String, Object> data) {
	}

	private final List<PortalSection> sections;

	PortalCards(List<PortalSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
	}

	@ModelAttribute("portalCards")
	List<Card> cards(jakarta.servlet.http.HttpServletRequest request) {
		if (!"/portal".equals(request.getRequestURI()) || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		return sections.stream()
			.map(s -> {
				Map<String, Object> data = s.data();
				return data == null ? null : new Card(s.template(), data);
			})
			.filter(Objects::nonNull)
			.toList();
	}
}
