package app.quadratus.scheduling;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.OTHER_CLINIC;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The Scheduling section of the core API contract, its examples and its errors. */
@WebTest
class SchedulingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private SchedulingFixture f;

	@BeforeEach
	void fixture() {
		f = SchedulingFixture.of(demo, jdbc);
	}

	@Test
	void listsTherapistsRoomsAndAppointmentTypes() throws Exception {
		mvc.perform(get("/api/v1/therapists").with(httpBasic(RECEPTION, PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Sam Okafor")))
			.andExpect(jsonPath("$.items[*].name", hasItem("Priya Shah")));
		mvc.perform(get("/api/v1/rooms").with(httpBasic(RECEPTION, PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0].id").isString());
		mvc.perform(get("/api/v1/appointment-types").with(httpBasic(RECEPTION, PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Follow-up", "Initial assessment", "Maintenance")))
			.andExpect(jsonPath("$.items[?(@.name == 'Initial assessment')].durationMinutes").value(60))
			.andExpect(jsonPath("$.items[?(@.name == 'Follow-up')].durationMinutes").value(45));
	}

	@Test
	void availabilityOffersTheTherapistsWorkingDayInTheClinicsZone() throws Exception {
		LocalDate day = SchedulingFixture.wednesdayIn(0);
		mvc.perform(get("/api/v1/availability").with(httpBasic(THERAPIST, PASSWORD)).param("therapistId", f.sam().toString())
				.param("typeId", f.followUp().toString()).param("from", day.toString()).param("to", day.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots[0].start").value(day + "T09:00:00" + offset(day)))
			.andExpect(jsonPath("$.slots[0].end").value(day + "T09:45:00" + offset(day)))
			.andExpect(jsonPath("$.slots[0].roomId").value(f.rooms().get(0).toString()));

		book(f.clients().get(0), f.sam(), f.rooms().get(0), at(day, "09:00")).andExpect(status().isCreated());

		String after = mvc.perform(get("/api/v1/availability").with(httpBasic(THERAPIST, PASSWORD))
				.param("therapistId", f.sam().toString()).param("typeId", f.followUp().toString())
				.param("from", day.toString()).param("to", day.toString()))
			.andReturn().getResponse().getContentAsString();
		// Sam is taken until 09:45; the step is 15 minutes; the morning ends at 12:30 and work resumes at 13:30.
		assertThat(after).doesNotContain(day + "T09:00:00").doesNotContain(day + "T09:30:00")
			.contains("\"start\":\"" + day + "T09:45:00").doesNotContain("\"start\":\"" + day + "T12:00:00")
			.contains("\"start\":\"" + day + "T13:30:00");
	}

	@Test
	void booksAndCancelsKeepingTheAppointment() throws Exception {
		LocalDate day = SchedulingFixture.wednesdayIn(1);
		String body = book(f.clients().get(0), f.sam(), f.rooms().get(0), at(day, "10:00"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/appointments/")))
			.andExpect(jsonPath("$.status").value("booked"))
			.andExpect(jsonPath("$.start").value(at(day, "10:00")))
			.andExpect(jsonPath("$.end").value(at(day, "10:45")))
			.andExpect(jsonPath("$.source").value("staff"))
			.andReturn().getResponse().getContentAsString();
		String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		mvc.perform(delete("/api/v1/appointments/{id}", id).with(httpBasic(RECEPTION, PASSWORD)).param("reason", "x".repeat(301)))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
		mvc.perform(delete("/api/v1/appointments/{id}", id).with(httpBasic(RECEPTION, PASSWORD)).param("reason", "Rang in sick"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.cancelReason").value("Rang in sick"));
		mvc.perform(get("/api/v1/appointments/{id}", id).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("cancelled"));
		// The freed time can be booked again, by another client too.
		book(f.clients().get(1), f.sam(), f.rooms().get(0), at(day, "10:00")).andExpect(status().isCreated());
		// A cancelled appointment cannot be cancelled again.
		mvc.perform(delete("/api/v1/appointments/{id}", id).with(httpBasic(RECEPTION, PASSWORD)))
			.andExpect(status().isConflict());
	}

	@Test
	void anOverlappingTherapistRoomOrClientIsAConflict() throws Exception {
		LocalDate day = SchedulingFixture.wednesdayIn(2);
		UUID room1 = f.rooms().get(0);
		UUID room2 = f.rooms().get(1);
		UUID room3 = f.rooms().get(2);
		book(f.clients().get(0), f.sam(), room1, at(day, "11:00")).andExpect(status().isCreated());

		book(f.clients().get(1), f.sam(), room2, at(day, "11:30")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("therapist")));
		book(f.clients().get(1), f.priya(), room1, at(day, "11:40")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("room")));
		book(f.clients().get(0), f.priya(), room3, at(day, "10:30")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("client")));

		// Adjacent is fine: the therapist and the client right at the end, the room after its 15-minute buffer.
		book(f.clients().get(0), f.sam(), room2, at(day, "11:45")).andExpect(status().isCreated());
		book(f.clients().get(1), f.priya(), room1, at(day, "11:50")).andExpect(status().isConflict());
		book(f.clients().get(1), f.priya(), room1, at(day, "12:00")).andExpect(status().isCreated());
		book(f.clients().get(2), f.priya(), room3, at(day, "10:15")).andExpect(status().isCreated());
	}

	@Test
	void badInputNamesEachField() throws Exception {
		mvc.perform(post("/api/v1/appointments").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("clientId", "therapistId", "typeId", "roomId", "start")));
		LocalDate day = SchedulingFixture.wednesdayIn(3);
		book(f.clients().get(0), f.sam(), f.rooms().get(0), at(day, "10:07")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("start"));
		UUID theirClient = demo.aClientOf(OTHER_CLINIC);
		UUID theirRoom = demo.aRoomOf(OTHER_CLINIC);
		mvc.perform(post("/api/v1/appointments").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(SchedulingFixture.booking(theirClient, demo.accountId(OTHER_CLINIC), UUID.randomUUID(), theirRoom,
						at(day, "10:00"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("clientId", "therapistId", "typeId", "roomId")));
		mvc.perform(post("/api/v1/appointments").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(SchedulingFixture.booking(f.clients().get(0), f.sam(), f.followUp(), f.rooms().get(0), "tomorrow")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("start"));
		mvc.perform(get("/api/v1/availability").with(httpBasic(THERAPIST, PASSWORD)).param("therapistId", "nope")
				.param("from", "2026-13-01").param("to", "2026-12-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("therapistId", "typeId", "from")));
		mvc.perform(get("/api/v1/availability").with(httpBasic(THERAPIST, PASSWORD)).param("therapistId", f.sam().toString())
				.param("typeId", f.followUp().toString()).param("from", "2026-12-07").param("to", "2026-12-01"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("to"));
	}

	@Test
	void anotherClinicsAppointmentIsNotFound() throws Exception {
		UUID theirs = jdbc.sql("select id from appointment where clinic_id = ? and status = 'BOOKED' limit 1").param(demo.clinicOf(OTHER_CLINIC))
			.query(UUID.class).single();
		mvc.perform(get("/api/v1/appointments/{id}", theirs).with(httpBasic(THERAPIST, PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/appointments/{id}", theirs).with(httpBasic(THERAPIST, PASSWORD))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select status from appointment where id = ?").param(theirs).query(String.class).single())
			.isNotEqualTo("CANCELLED");
	}

	@Test
	void aClientAccountIsRefused() throws Exception {
		mvc.perform(get("/api/v1/therapists").with(httpBasic(CLIENT, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/availability").with(httpBasic(CLIENT, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/appointments").with(httpBasic(CLIENT, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(SchedulingFixture.booking(f.clients().get(0), f.sam(), f.followUp(), f.rooms().get(0),
						at(SchedulingFixture.wednesdayIn(4), "10:00"))))
			.andExpect(status().isForbidden());
	}

	private ResultActions book(UUID client, UUID therapist, UUID room, String start) throws Exception {
		return mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SchedulingFixture.booking(client, therapist, f.followUp(), room, start)));
	}

	private String at(LocalDate day, String time) {
		return day + "T" + time + ":00" + offset(day);
	}

	private String offset(LocalDate day) {
		String id = f.zone().getRules().getOffset(day.atStartOfDay()).getId();
		return id.equals("Z") ? "Z" : id;
	}
}
