package app.quadratus.clients;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.util.HtmlUtils;

/**
 * One line of the client list, rendered in Java: the list is the busiest page, and a profile showed the
 * per-row template work (a link built through {@code @{…}} and six expressions per row, 20 rows a page)
 * costing more than the search itself. Every value is HTML-escaped here; the template writes
 * {@link #cells()} as it is.
 */
record ClientRow(String cells) {

	private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	/** What every row of one page shares: the link base (context path) and the "Archived" label. */
	record Rendering(String contextPath, boolean opensChart, String archivedLabel, Map<UUID, String> therapists) {
	}

	static ClientRow of(ClientSummary c, Rendering page) {
		String href = page.contextPath() + "/clients/" + c.id() + (page.opensChart() ? "" : "/details");
		String therapist = c.therapistId() == null ? "—" : page.therapists().getOrDefault(c.therapistId(), "—");
		StringBuilder html = new StringBuilder(320);
		html.append("<td><a href=\"").append(href).append("\">").append(escape(c.familyName() + ", " + c.givenName()))
			.append("</a>");
		if (c.archived()) {
			html.append("\n            <span class=\"tag\">").append(escape(page.archivedLabel())).append("</span>");
		}
		html.append("</td>\n          <td>").append(escape(BORN.format(c.dateOfBirth()))).append("</td>\n          <td><span>")
			.append(escape(c.phone())).append("</span><br><span class=\"small muted\">").append(escape(c.email()))
			.append("</span></td>\n          <td>").append(escape(therapist)).append("</td>");
		return new ClientRow(html.toString());
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}
}
