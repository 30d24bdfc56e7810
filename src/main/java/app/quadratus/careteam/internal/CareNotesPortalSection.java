package app.quadratus.careteam.internal;

import java.util.List;
import java.util.Map;

import app.quadratus.shared.web.PortalSection;
import org.springframework.stereotype.Component;

/** The portal home's card: notes from the client's care team (the shares that say so), and the way to share. */
@Component
class CareNotesPortalSection implements PortalSection {

	private final CareNotes notes;

	CareNotesPortalSection(CareNotes notes) {
		this.notes = notes;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String template() {
		return "careteam/portal-card";
	}

	@Override
	public Map<String, Object> data() {
		List<CareNote> mine = notes.mine();
		return Map.of("notes", mine);
	}
}
