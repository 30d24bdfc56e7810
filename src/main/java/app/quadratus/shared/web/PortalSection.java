package app.quadratus.shared.web;

import java.util.Map;

/**
 * A card on the client's portal home contributed by a module (homework today, questionnaires due...),
 * so the portal never reads their tables. Rendered as {@code ~{template :: card(data)}} for the
 * signed-in client only ({@link app.quadratus.shared.security.Audience#CLIENT_SELF}); {@link #data()}
 * reads the signed-in client's own record and may return null to leave the card out.
 */
public interface PortalSection {

	int order();

	String template();

	Map<String, Object> data();
}
