package app.quadratus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Free slots never offer a room for hours it is hired out. */
@WebTest
class HiredRoomAvailabilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppointmentRepository appointments;

	@Test
	void hiredHoursMakeTheRoomBusy() throws Exception {
		UUID clinic = demo.clinicOf(DemoAccounts.OWNER);
		UUID room = jdbc.sql("select id from room where clinic_id = ? and hireable").param(clinic).query(UUID.class).single();
		ZoneId zone = ZoneId.of("Europe/London");
		LocalDate day = LocalDate.now(zone).plusDays(90).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		mvc.perform(post("/hire/book").session(DemoAccounts.signIn(mvc, "hirer@norwich.demo")).with(csrf())
			.param("roomId", room.toString()).param("date", day.toString()).param("start", "13:00").param("hours", "2"))
			.andExpect(status().is3xxRedirection());
		Instant from = day.atStartOfDay(zone).toInstant();
		List<TimeRange> busy = appointments.roomsBusy(clinic, List.of(room), from, from.plusSeconds(86_400)).get(room);
		assertThat(busy).containsExactly(new TimeRange(day.atTime(13, 0).atZone(zone).toInstant(),
				day.atTime(15, 0).atZone(zone).toInstant()));
	}
}
