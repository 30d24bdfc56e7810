package app.quadratus.scheduling.feed;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static app.quadratus.testing.DemoAccounts.THERAPIST2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.quadratus.shared.OneTimeSecret;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A therapist's private feed: parses with ical4j, no names unless chosen, nothing clinical, revocable. */
@WebTest
class CalendarFeedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private String newFeed(MockHttpSession session, boolean names) throws Exception {
		String url = (String) mvc.perform(post("/calendar-feed").session(session).with(csrf())
			.param("showClientNames", String.valueOf(names)))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("feedUrl");
		assertThat(url).matches(".*/feeds/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring(url.indexOf("/feeds/"));
	}

	private List<VEvent> events(String path) throws Exception {
		String body = mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("DESCRIPTION");
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
	}

	private static String property(VEvent event, String name) {
		return event.getProperties().stream().filter(p -> ((Property) p).getName().equals(name))
			.map(p -> ((Property) p).getValue()).findFirst().orElse(null);
	}

	@Test
	void theFeedListsTheTherapistsAppointmentsWithoutNamesUnlessChosen() throws Exception {
		MockHttpSession sam = DemoAccounts.signIn(mvc, THERAPIST);
		UUID samId = demo.accountId(THERAPIST);
		// A booking of Sam's made now shows up, at its time, as "Appointment · Follow-up".
		UUID clinic = demo.clinicOf(THERAPIST);
		UUID client = demo.aClientOf(THERAPIST);
		UUID type = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Follow-up'").param(clinic)
			.query(UUID.class).single();
		UUID room = demo.aRoomOf(THERAPIST);
		LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(120).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		String created = mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%sT19:00:00Z"}"""
				.formatted(client, samId, type, room, day)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String booked = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

		String path = newFeed(sam, false);
		List<VEvent> events = events(path);
		long expected = jdbc.sql("""
				select count(*) from appointment where therapist_id = ? and starts_at >= ? and starts_at < ?""")
			.params(samId, Instant.now().minus(CalendarFeeds.PAST).atOffset(java.time.ZoneOffset.UTC),
					Instant.now().plus(CalendarFeeds.AHEAD).atOffset(java.time.ZoneOffset.UTC))
			.query(Long.class).single();
		assertThat(events).hasSize((int) expected).isNotEmpty();
		assertThat(events).allSatisfy(e -> assertThat(property(e, "SUMMARY")).startsWith("Appointment · "));
		VEvent mine = events.stream().filter(e -> property(e, "UID").equals(booked + "@quadratus")).findFirst().orElseThrow();
		assertThat(property(mine, "DTSTART")).isEqualTo(day.toString().replace("-", "") + "T190000Z");
		assertThat(property(mine, "SUMMARY")).isEqualTo("Appointment · Follow-up");
		assertThat(property(mine, "LOCATION")).contains("Quadratus Demo Clinic, Norwich");
		String name = jdbc.sql("select given_name || ' ' || family_name from client where id = ?").param(client)
			.query(String.class).single();
		assertThat(events).noneSatisfy(e -> assertThat(property(e, "SUMMARY")).contains(name));

		// The therapist chooses to see names.
		mvc.perform(post("/calendar-feed/names").session(sam).with(csrf()).param("showClientNames", "true"))
			.andExpect(status().is3xxRedirection());
		Map<String, String> summaries = events(path).stream()
			.collect(Collectors.toMap(e -> property(e, "UID"), e -> property(e, "SUMMARY")));
		assertThat(summaries.get(booked + "@quadratus")).isEqualTo(name + " · Follow-up");

		// Priya's feed has none of Sam's appointments.
		String priya = newFeed(DemoAccounts.signIn(mvc, THERAPIST2), true);
		assertThat(events(priya)).noneMatch(e -> property(e, "UID").equals(booked + "@quadratus"));
	}

	@Test
	void aDisabledOrDemotedAccountsFeedAnswersNothing() throws Exception {
		String feed = newFeed(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST2), false);
		java.util.UUID priya = demo.accountId(DemoAccounts.THERAPIST2);
		mvc.perform(get(feed)).andExpect(status().isOk());
		try {
			jdbc.sql("update account set enabled = false where id = ?").param(priya).update();
			mvc.perform(get(feed)).andExpect(status().isNotFound());
			jdbc.sql("update account set enabled = true, role = 'RECEPTION' where id = ?").param(priya).update();
			mvc.perform(get(feed)).andExpect(status().isNotFound());
		}
		finally {
			jdbc.sql("update account set enabled = true, role = 'THERAPIST' where id = ?").param(priya).update();
		}
		mvc.perform(get(feed)).andExpect(status().isOk());
	}

	@Test
	void onlyTheHashIsKeptAndANewAddressOrRevokingEndsTheOldOne() throws Exception {
		MockHttpSession sam = DemoAccounts.signIn(mvc, THERAPIST);
		String first = newFeed(sam, false);
		String secret = first.substring("/feeds/".length(), first.length() - ".ics".length());
		assertThat(jdbc.sql("select token_hash from calendar_feed where therapist_id = ?").param(demo.accountId(THERAPIST))
			.query(String.class).single()).isEqualTo(OneTimeSecret.hash(secret)).isNotEqualTo(secret);
		mvc.perform(get(first)).andExpect(status().isOk());

		String second = newFeed(sam, false);
		mvc.perform(get(first)).andExpect(status().isNotFound());
		mvc.perform(get(second)).andExpect(status().isOk());

		mvc.perform(post("/calendar-feed/revoke").session(sam).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(second)).andExpect(status().isNotFound());
		mvc.perform(get("/feeds/not-a-secret.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/feeds/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTherapistsAndTheOwnerHaveAFeed() throws Exception {
		mvc.perform(get("/calendar-feed").session(DemoAccounts.signIn(mvc, RECEPTION))).andExpect(status().isForbidden());
		mvc.perform(get("/calendar-feed").session(DemoAccounts.signIn(mvc, "hirer@norwich.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/calendar-feed").session(DemoAccounts.signIn(mvc, THERAPIST))).andExpect(status().isOk());
	}
}
