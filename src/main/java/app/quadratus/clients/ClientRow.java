package app.quadratus.clients;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the client list, prepared in Java: the list is the busiest page, and each template
 * expression per row costs more than building these strings once.
 */
record ClientRow(String href, String name, boolean archived, String born, String phone, String email, String therapist) {

	private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	static ClientRow of(ClientSummary c, boolean opensChart, Map<UUID, String> therapists) {
		String href = "/clients/" + c.id() + (opensChart ? "" : "/details");
		String therapist = c.therapistId() == null ? "—" : therapists.getOrDefault(c.therapistId(), "—");
		return new ClientRow(href, c.familyName() + ", " + c.givenName(), c.archived(), BORN.format(c.dateOfBirth()),
				c.phone(), c.email(), therapist);
	}
}
