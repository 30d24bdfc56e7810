package app.quadratus.scheduling;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The therapist's day, the calendar and booking from it, with the clash shown before saving. */
@WebTest
@RecordApplicationEvents
class SchedulingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private SchedulingFixture f;

	private LocalDate today;

	@BeforeEach
	void fixture() {
		f = SchedulingFixture.of(demo, jdbc);
		today = LocalDate.now(ZoneId.of("Europe/London"));
	}

	@Test
	void theTherapistsDayListsTheirAppointmentsAndMarksArrivals() throws Exception {
		UUID id = bookToday(f.clients().get(3), f.sam(), f.rooms().get(2), "20:00");
		String name = jdbc.sql("select given_name || ' ' || family_name from client where id = ?").param(f.clients().get(3))
			.query(String.class).single();
		MockHttpSession sam = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/today").session(sam)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Your appointments today")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("/clients/" + f.clients().get(3))))
			.andExpect(content().string(containsString("/calendar/appointments/" + id + "/arrive")));
		// What is due: a plan whose review is today shows on the day, read in one batch from treatment.
		mvc.perform(post("/api/v1/clients/{id}/plans", f.clients().get(3)).with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"goals": [{"kind": "activity", "activity": "Sit for an hour", "baseline": 3, "target": 8}],
					 "reviewOn": "%s"}""".formatted(today)))
			.andExpect(status().isCreated());
		mvc.perform(get("/today").session(sam)).andExpect(content().string(containsString("Plan review due")));
		// Reception's list shows no clinical flags.
		mvc.perform(get("/today").session(DemoAccounts.signIn(mvc, RECEPTION)))
			.andExpect(content().string(not(containsString("Plan review due"))));
		// Priya's day does not show Sam's client.
		mvc.perform(get("/today").session(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST2)))
			.andExpect(content().string(not(containsString("/calendar/appointments/" + id + "/arrive"))));

		mvc.perform(post("/calendar/appointments/{id}/arrive", id).session(sam).with(csrf()).param("back", "/today"))
			.andExpect(redirectedUrl("/today"));
		assertThat(statusOf(id)).isEqualTo("ARRIVED");
		assertThat(events.stream(AppointmentArrived.class).filter(e -> e.appointmentId().equals(id))).hasSize(1);
		// Arriving opened Sam's draft session for the client, and the day links straight to session mode.
		UUID session = jdbc.sql("select session_id from appointment where id = ?").param(id).query(UUID.class).single();
		assertThat(jdbc.sql("select status from treatment_session where id = ? and client_id = ? and created_by = ?")
			.params(session, f.clients().get(3), f.sam()).query(String.class).single()).isEqualTo("draft");
		mvc.perform(get("/today").session(sam)).andExpect(content().string(
				containsString("/clients/" + f.clients().get(3) + "/sessions/" + session)));
		// A second appointment of the same client with Sam reuses the open draft.
		UUID again = bookToday(f.clients().get(3), f.sam(), f.rooms().get(2), "22:00");
		mvc.perform(post("/calendar/appointments/{id}/arrive", again).session(sam).with(csrf()).param("back", "/today"))
			.andExpect(redirectedUrl("/today"));
		assertThat(jdbc.sql("select session_id from appointment where id = ?").param(again).query(UUID.class).single())
			.isEqualTo(session);
		// Arriving twice is refused.
		mvc.perform(post("/calendar/appointments/{id}/arrive", id).session(sam).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void receptionSeesTheClinicsDayAndTheCalendar() throws Exception {
		UUID id = bookToday(f.clients().get(2), f.priya(), f.rooms().get(2), "21:00");
		MockHttpSession desk = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(get("/today").session(desk)).andExpect(status().isOk())
			.andExpect(content().string(containsString("The clinic")))
			.andExpect(content().string(containsString("/calendar/appointments/" + id + "/arrive")))
			.andExpect(content().string(containsString("/clients/" + f.clients().get(2) + "/details")));
		mvc.perform(get("/calendar").session(desk)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Okafor")))
			.andExpect(content().string(containsString("Priya Shah")))
			.andExpect(content().string(containsString("/calendar/appointments/" + id + "/move")));
		mvc.perform(get("/calendar").session(desk).param("view", "week").param("date", today.toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/calendar/appointments/" + id + "/move")));
		mvc.perform(get("/calendar").session(desk).param("by", "room")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Room 3")));
		mvc.perform(get("/calendar/appointments/{id}/move", id).session(desk)).andExpect(status().isOk());
		mvc.perform(post("/calendar/appointments/{id}/cancel", id).session(desk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("CANCELLED");
	}

	@Test
	void bookingShowsTheClashBeforeSavingAndRefusesIt() throws Exception {
		LocalDate day = SchedulingFixture.wednesdayIn(30);
		MockHttpSession desk = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(get("/calendar/book").session(desk)).andExpect(status().isOk());
		mvc.perform(post("/calendar/check").session(desk).with(csrf()).params(form(f.clients().get(0), f.sam(), day, "10:00")))
			.andExpect(content().string(containsString("Free")));
		mvc.perform(post("/calendar/book").session(desk).with(csrf()).params(form(f.clients().get(0), f.sam(), day, "10:00")))
			.andExpect(redirectedUrl("/calendar?date=" + day));
		mvc.perform(post("/calendar/check").session(desk).with(csrf()).params(form(f.clients().get(1), f.sam(), day, "10:30")))
			.andExpect(content().string(containsString("The therapist already has an appointment at that time.")));
		mvc.perform(post("/calendar/book").session(desk).with(csrf()).params(form(f.clients().get(1), f.sam(), day, "10:30")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The therapist already has an appointment at that time.")));
		mvc.perform(post("/calendar/book").session(desk).with(csrf()).param("therapistId", f.sam().toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose a client.")))
			.andExpect(content().string(containsString("Enter a start time.")));
		assertThat(jdbc.sql("select count(*) from appointment where therapist_id = ? and starts_at >= ? and starts_at < ?")
			.params(f.sam(), day.atStartOfDay(f.zone()).toOffsetDateTime(), day.plusDays(1).atStartOfDay(f.zone()).toOffsetDateTime())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aClientAccountCannotOpenTheCalendar() throws Exception {
		MockHttpSession client = DemoAccounts.signIn(mvc, CLIENT);
		mvc.perform(get("/calendar").session(client)).andExpect(status().isForbidden());
		mvc.perform(get("/today").session(client)).andExpect(status().isForbidden());
	}

	private org.springframework.util.MultiValueMap<String, String> form(UUID client, UUID therapist, LocalDate day, String time) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("clientId", client.toString());
		form.add("therapistId", therapist.toString());
		form.add("typeId", f.followUp().toString());
		form.add("roomId", f.rooms().get(1).toString());
		form.add("date", day.toString());
		form.add("time", time);
		return form;
	}

	private UUID bookToday(UUID client, UUID therapist, UUID room, String time) throws Exception {
		String start = today.atTime(java.time.LocalTime.parse(time)).atZone(f.zone()).toOffsetDateTime().toString();
		String body = mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SchedulingFixture.booking(client, therapist, f.followUp(), room, start)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
	}

	private String statusOf(UUID id) {
		return jdbc.sql("select status from appointment where id = ?").param(id).query(String.class).single();
	}
}
