package app.quadratus.scheduling.hire;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Room hire: hirers book hireable rooms by the hour, never over clinic use and never the other way round. */
@WebTest
class RoomHireTest {

	static final String HIRER = "hirer@norwich.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession hirer;

	private UUID hiredRoom;

	private UUID clinicRoom;

	@BeforeEach
	void signIn() throws Exception {
		hirer = DemoAccounts.signIn(mvc, HIRER);
		UUID clinic = demo.clinicOf(OWNER);
		hiredRoom = jdbc.sql("select id from room where clinic_id = ? and hireable").param(clinic).query(UUID.class).single();
		clinicRoom = jdbc.sql("select id from room where clinic_id = ? and not hireable order by name limit 1").param(clinic)
			.query(UUID.class).single();
	}

	/** A Tuesday about four months ahead (no demo diary or hire then), a different one per test. */
	private static LocalDate tuesday(int weeks) {
		return LocalDate.now(ZoneId.of("Europe/London")).plusDays(100).plusWeeks(weeks)
			.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
	}

	private org.springframework.test.web.servlet.ResultActions book(UUID room, LocalDate day, String start, int hours)
			throws Exception {
		return mvc.perform(post("/hire/book").session(hirer).with(csrf()).param("roomId", room.toString())
			.param("date", day.toString()).param("start", start).param("hours", String.valueOf(hours)));
	}

	@Test
	void theHirerStartsOnTheirHirePagesAndSeesTheirWeeklyHires() throws Exception {
		mvc.perform(get("/").session(hirer)).andExpect(redirectedUrl("/hire"));
		mvc.perform(get("/hire").session(hirer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("My room hire")))
			.andExpect(content().string(containsString("Room 3 (Tas)")))
			.andExpect(content().string(containsString("09:00–12:00")));
	}

	@Test
	void aHirerBooksFreeHoursAtTheRoomsRateAndTheClinicCannotBookOverThem() throws Exception {
		LocalDate day = tuesday(0);
		mvc.perform(get("/hire/book").session(hirer).param("date", day.toString())).andExpect(status().isOk())
			.andExpect(content().string(containsString("£15.00 an hour")))
			.andExpect(content().string(containsString("value=\"10:00\"")))
			.andExpect(content().string(not(containsString("Room 1 (Wensum)"))));
		book(hiredRoom, day, "10:00", 2).andExpect(redirectedUrl("/hire?month=" + YearMonth.from(day)));
		assertThat(jdbc.sql("select count(*) from slot_claim where resource_id = ? and booking_id in (select id from room_hire where starts_at >= ? and starts_at < ?)")
			.params(hiredRoom, java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(1))).query(Long.class).single()).isEqualTo(24);
		// The booked hours are no longer offered.
		mvc.perform(get("/hire/book").session(hirer).param("date", day.toString()))
			.andExpect(content().string(not(containsString("value=\"10:00\""))))
			.andExpect(content().string(not(containsString("value=\"11:00\""))))
			.andExpect(content().string(containsString("value=\"12:00\"")));
		// The clinic cannot put an appointment in the hired room then: the slot claims refuse it.
		UUID type = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Follow-up'")
			.param(demo.clinicOf(OWNER)).query(UUID.class).single();
		mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%sT11:00:00Z"}"""
				.formatted(demo.aClientOf(OWNER), demo.accountId(DemoAccounts.THERAPIST), type, hiredRoom, day)))
			.andExpect(status().isConflict());
		// Nor can another hire overlap it.
		book(hiredRoom, day, "11:00", 1).andExpect(status().isOk())
			.andExpect(content().string(containsString("already taken")));
	}

	@Test
	void aHireCannotTakeTheRoomOverAClinicAppointment() throws Exception {
		LocalDate day = tuesday(1);
		UUID type = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Follow-up'")
			.param(demo.clinicOf(OWNER)).query(UUID.class).single();
		mvc.perform(post("/api/v1/appointments").with(httpBasic(RECEPTION, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientId":"%s","therapistId":"%s","typeId":"%s","roomId":"%s","start":"%sT14:00:00Z"}"""
				.formatted(demo.aClientOf(OWNER), demo.accountId(DemoAccounts.THERAPIST), type, hiredRoom, day)))
			.andExpect(status().isCreated());
		// 14:00 UTC is 14:00 in London in winter, 15:00 in summer: either way that hour is not offered.
		String page = mvc.perform(get("/hire/book").session(hirer).param("date", day.toString())).andReturn().getResponse()
			.getContentAsString();
		String clinicHour = day.atTime(14, 0).atZone(ZoneId.of("UTC")).withZoneSameInstant(ZoneId.of("Europe/London"))
			.toLocalTime().toString();
		assertThat(page).doesNotContain("value=\"" + clinicHour + "\"");
		book(hiredRoom, day, clinicHour, 1).andExpect(content().string(containsString("already taken")));
		assertThat(jdbc.sql("select count(*) from room_hire where starts_at >= ? and starts_at < ?")
			.params(java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(1))).query(Long.class).single()).isZero();
	}

	@Test
	void hiresStayWithinTheHireHoursAndHireableRooms() throws Exception {
		LocalDate day = tuesday(2);
		book(hiredRoom, day, "20:00", 2).andExpect(content().string(containsString("within the clinic&#39;s hire hours")));
		book(hiredRoom, day, "07:00", 1).andExpect(content().string(containsString("within the clinic&#39;s hire hours")));
		book(hiredRoom, day, "10:30", 1).andExpect(content().string(containsString("start on the hour")));
		book(clinicRoom, day, "10:00", 1).andExpect(content().string(containsString("offered for hire")));
		book(hiredRoom, LocalDate.now().minusDays(3), "10:00", 1).andExpect(content().string(containsString("has passed")));
		book(hiredRoom, day, "10:00", 13).andExpect(content().string(containsString("from 1 to 12 hours")));
		assertThat(jdbc.sql("select count(*) from room_hire where starts_at >= ? and starts_at < ?")
			.params(java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(1))).query(Long.class).single()).isZero();
	}

	@Test
	void cancellingFreesTheRoomAndTheStatementChargesOnlyKeptHires() throws Exception {
		LocalDate day = tuesday(3);
		book(hiredRoom, day, "09:00", 2).andExpect(status().is3xxRedirection());
		book(hiredRoom, day.plusDays(1), "14:00", 3).andExpect(status().is3xxRedirection());
		book(hiredRoom, day.plusDays(2), "18:00", 1).andExpect(status().is3xxRedirection());
		UUID last = jdbc.sql("select id from room_hire where starts_at >= ? and starts_at < ? order by starts_at desc limit 1")
			.params(java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(3))).query(UUID.class).single();
		mvc.perform(post("/hire/{id}/cancel", last).session(hirer).with(csrf())).andExpect(redirectedUrl("/hire"));
		assertThat(jdbc.sql("select count(*) from slot_claim where booking_id = ?").param(last).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select status from room_hire where id = ?").param(last).query(String.class).single())
			.isEqualTo("CANCELLED");
		// The hour is free again.
		book(hiredRoom, day.plusDays(2), "18:00", 1).andExpect(status().is3xxRedirection());

		YearMonth month = YearMonth.from(day);
		byte[] pdf = mvc.perform(get("/hire/statement.pdf").session(hirer).param("month", month.toString()))
			.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		long kept = jdbc.sql("""
				select hourly_rate_pence, starts_at, ends_at from room_hire
				where hirer_id = ? and status = 'BOOKED' and starts_at >= ? and starts_at < ?""")
			.params(demo.accountId(HIRER), month.atDay(1).atStartOfDay(ZoneId.of("Europe/London")).toOffsetDateTime(),
					month.plusMonths(1).atDay(1).atStartOfDay(ZoneId.of("Europe/London")).toOffsetDateTime())
			.query((rs, row) -> rs.getLong(1) * java.time.Duration.between(rs.getObject(2, java.time.OffsetDateTime.class),
					rs.getObject(3, java.time.OffsetDateTime.class)).toMinutes() / 60)
			.list().stream().mapToLong(Long::longValue).sum();
		assertThat(text).contains("Room hire statement").contains("Alex Hart").contains("Quadratus Demo Clinic, Norwich")
			.contains("Room 3 (Tas)").contains("£15.00")
			.contains("Total").contains(String.format("£%d.%02d", kept / 100, kept % 100));
		assertThat(kept).isGreaterThanOrEqualTo(2 * 1500 + 3 * 1500 + 1500);
	}

	@Test
	void aHirerCannotCancelWhatIsNotTheirs() throws Exception {
		LocalDate day = tuesday(4);
		book(hiredRoom, day, "09:00", 1).andExpect(status().is3xxRedirection());
		UUID theirs = jdbc.sql("select id from room_hire where starts_at >= ? and starts_at < ?")
			.params(java.sql.Date.valueOf(day), java.sql.Date.valueOf(day.plusDays(1))).query(UUID.class).single();
		jdbc.sql("update room_hire set hirer_id = ? where id = ?").params(demo.accountId(OWNER), theirs).update();
		mvc.perform(post("/hire/{id}/cancel", theirs).session(hirer).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select status from room_hire where id = ?").param(theirs).query(String.class).single())
			.isEqualTo("BOOKED");
	}

	@Test
	void theOwnerSeesEachRoomsClinicAndHiredHoursAndIncome() throws Exception {
		LocalDate day = tuesday(6);
		book(hiredRoom, day, "09:00", 4).andExpect(status().is3xxRedirection());
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		String page = mvc.perform(get("/hire/rooms").session(owner).param("month", YearMonth.from(day).toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Room 3 (Tas)").contains("Clinic hours").contains("Hired hours").contains("£60.00");
		// This month: the demo's weekly hires and the therapists' appointments.
		String now = mvc.perform(get("/hire/rooms").session(owner)).andReturn().getResponse().getContentAsString();
		assertThat(now).contains("Room 1 (Wensum)").containsPattern("Room 1 \\(Wensum\\)</td>\\s*<td>[1-9]");
		mvc.perform(get("/hire/rooms").session(hirer)).andExpect(status().isForbidden());
		mvc.perform(get("/hire").session(owner)).andExpect(status().isForbidden());
	}

	@Test
	void theOwnerSetsTheHireHours() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		mvc.perform(post("/hire/hours").session(owner).with(csrf()).param("opens", "21:00").param("closes", "08:00"))
			.andExpect(redirectedUrl("/hire/rooms"));
		mvc.perform(get("/hire/rooms").session(owner)).andExpect(content().string(containsString("value=\"08:00\"")));
		try {
			mvc.perform(post("/hire/hours").session(owner).with(csrf()).param("opens", "07:00").param("closes", "22:00"))
				.andExpect(redirectedUrl("/hire/rooms"));
			mvc.perform(get("/hire/book").session(hirer).param("date", tuesday(7).toString()))
				.andExpect(content().string(containsString("value=\"07:00\"")))
				.andExpect(content().string(containsString("value=\"21:00\"")));
		}
		finally {
			jdbc.sql("delete from practice_settings where clinic_id = ?").param(demo.clinicOf(OWNER)).update();
		}
	}

	@Test
	void aHirerReachesNoClientNoClinicalPageAndNoStaffApi() throws Exception {
		UUID client = demo.aClientOf(OWNER);
		for (String page : new String[] { "/today", "/calendar", "/clients", "/clients/" + client, "/staff", "/audit",
				"/clinic" }) {
			mvc.perform(get(page).session(hirer)).andExpect(status().isForbidden());
		}
		for (String api : new String[] { "/api/v1/clients/" + client, "/api/v1/therapists", "/api/v1/rooms" }) {
			mvc.perform(get(api).with(httpBasic(HIRER, PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/hire").session(hirer)).andExpect(content().string(not(containsString("href=\"/clients\""))));
	}
}
