package app.quadratus.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A client with 500 sessions: the chart shows one page of the timeline (20 entries, newest first) and the
 * pain chart of the last 12, and "Older" walks through every session exactly once.
 */
@WebTest
class TimelinePagingTest {

	static final Pattern SESSION = Pattern.compile("/sessions/([0-9a-f-]{36})\"");

	static final Pattern OLDER = Pattern.compile("hx-get=\"[^\"]*before=([^\"&]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveHundredSessionsOpenOnePageAtATimeAndPageThroughOnce() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String location = mvc.perform(post("/clients").session(therapist).with(csrf()).param("givenName", "Paige")
				.param("familyName", "Many-Sessions").param("dateOfBirth", "1975-05-05"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID client = UUID.fromString(location.replaceAll(".*/clients/([0-9a-f-]{36}).*", "$1"));
		UUID clinic = demo.clinicOf(DemoAccounts.THERAPIST);
		List<UUID> inserted = new ArrayList<>();
		Instant first = Instant.parse("2025-01-01T09:00:00Z");
		for (int i = 0; i < 500; i++) {
			UUID id = UUID.randomUUID();
			Instant at = first.plus(i * 25L, ChronoUnit.HOURS);
			jdbc.sql("""
					insert into treatment_session (id, clinic_id, client_id, status, started_at, pain_before, pain_after,
					  goals, techniques, regions, note, content_sha256, signed_at, created_at, changed_at)
					values (?, ?, ?, 'signed', ?, ?, ?, '[]', '[]', '[]', '{}', ?, ?, ?, ?)""")
				.params(id, clinic, client, Timestamp.from(at), 7 - i % 3, 3 - i % 2, "0".repeat(64), Timestamp.from(at),
						Timestamp.from(at), Timestamp.from(at))
				.update();
			inserted.add(0, id);
		}

		String chart = mvc.perform(get("/clients/{id}", client).session(therapist)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> firstPage = ids(chart);
		assertThat(firstPage).hasSize(20).containsExactlyElementsOf(inserted.subList(0, 20).stream().map(UUID::toString).toList());
		assertThat(chart).contains("class=\"pain-chart\"", "Pain before → after, oldest first:");

		Set<String> seen = new LinkedHashSet<>(firstPage);
		String page = chart;
		int pages = 1;
		Matcher older = OLDER.matcher(page);
		while (older.find()) {
			page = mvc.perform(get("/clients/{id}/timeline", client).session(therapist)
					.param("before", URLDecoder.decode(older.group(1), StandardCharsets.UTF_8)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			for (String id : ids(page)) {
				assertThat(seen.add(id)).as("listed once: " + id).isTrue();
			}
			pages++;
			older = OLDER.matcher(page);
		}
		assertThat(seen).containsExactlyElementsOf(inserted.stream().map(UUID::toString).toList());
		assertThat(pages).isEqualTo(25);
	}

	private static List<String> ids(String html) {
		List<String> ids = new ArrayList<>();
		Matcher m = SESSION.matcher(html);
		while (m.find()) {
			if (!ids.contains(m.group(1))) {
				ids.add(m.group(1));
			}
		}
		return ids;
	}
}
