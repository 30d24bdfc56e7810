package app.quadratus.shared.web;

import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.security.Audience;

/**
 * A part of the client's chart contributed by a clinical module (assessments, plans, outcomes...), so
 * the clients module never reads their data. The chart renders each section's fragment
 * {@code ~{template :: section(data)}} in order, for therapists and owners only.
 */
public interface ChartSection {

	/** Lower comes first; the clients module's own header is always on top. */
	int order();

	/** The Thymeleaf template holding a fragment {@code section(data)}, e.g. "outcomes/chart-section". */
	String template();

	/** What the fragment needs, read within the signed-in person's clinic; called once per chart view. */
	Map<String, Object> data(UUID clientId);

	/**
	 * Who may see this section. Staff by default; the client's portal renders its own
	 * {@link PortalSection}s, so a chart section is never shown to a client unless it says so.
	 */
	default boolean shownTo(Audience audience) {
		return audience == Audience.STAFF;
	}
}
