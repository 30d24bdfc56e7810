package app.quadratus.scheduling.online;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The owner's pages for the practice: booking rules, appointment types, a therapist's week and time off. */
@WebTest
class PracticeSettingsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerAddsAndChangesAnAppointmentTypeAndBadInputIsShownBesideTheField() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		mvc.perform(post("/settings/appointment-types").session(owner).with(csrf()).param("name", "Sports massage")
			.param("durationMinutes", "30").param("bufferMinutes", "10")).andExpect(flash().attribute("flash", "types.saved"));
		UUID id = jdbc.sql("select id from appointment_type where clinic_id = ? and name = 'Sports massage'")
			.param(demo.clinicOf(OWNER)).query(UUID.class).single();
		mvc.perform(post("/settings/appointment-types/{id}", id).session(owner).with(csrf()).param("name", "Sports massage")
			.param("durationMinutes", "50").param("bufferMinutes", "5").param("active", "true"))
			.andExpect(flash().attribute("flash", "types.saved"));
		assertThat(jdbc.sql("select duration_minutes from appointment_type where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(50);
		mvc.perform(post("/settings/appointment-types/{id}", id).session(owner).with(csrf()).param("name", "Sports massage")
			.param("durationMinutes", "7").param("bufferMinutes", "5").param("active", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Between 5 and 480 minutes")));
		// Switched off, it is kept but no longer offered (other tests count the clinic's offered types).
		mvc.perform(post("/settings/appointment-types/{id}", id).session(owner).with(csrf()).param("name", "Sports massage")
			.param("durationMinutes", "50").param("bufferMinutes", "5")).andExpect(flash().attribute("flash", "types.saved"));
		mvc.perform(get("/api/v1/appointment-types").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic(OWNER, DemoAccounts.PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sports massage"))));
		mvc.perform(get("/settings/appointment-types").session(DemoAccounts.signIn(mvc, RECEPTION)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOwnerSetsTimeOffAndAnOverlappingWeekIsRefused() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		UUID priya = demo.accountId(DemoAccounts.THERAPIST2);
		int blocks = jdbc.sql("select count(*) from working_hours where therapist_id = ?").param(priya).query(Integer.class).single();
		mvc.perform(get("/settings/working-hours/{id}", priya).session(owner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Priya Shah")));
		mvc.perform(post("/settings/working-hours/{id}", priya).session(owner).with(csrf()).param("MONDAY.1.from", "09:00")
			.param("MONDAY.1.to", "13:00").param("MONDAY.2.from", "12:00").param("MONDAY.2.to", "17:00"))
			.andExpect(flash().attribute("flashError", "hours.overlap"));
		assertThat(jdbc.sql("select count(*) from working_hours where therapist_id = ?").param(priya).query(Integer.class)
			.single()).isEqualTo(blocks);
		LocalDate far = LocalDate.now().plusYears(3);
		mvc.perform(post("/settings/working-hours/{id}/time-off", priya).session(owner).with(csrf())
			.param("from", far + "T09:00").param("to", far.plusDays(2) + "T17:00").param("reason", "HOLIDAY"))
			.andExpect(flash().attribute("flash", "hours.timeOff.saved"));
		UUID off = jdbc.sql("select id from schedule_exception where therapist_id = ? and reason = 'HOLIDAY' order by starts_at desc limit 1")
			.param(priya).query(UUID.class).single();
		mvc.perform(post("/settings/working-hours/{id}/time-off/{o}/remove", priya, off).session(owner).with(csrf()))
			.andExpect(flash().attribute("flash", "hours.timeOff.removed"));
		assertThat(jdbc.sql("select count(*) from schedule_exception where id = ?").param(off).query(Long.class).single()).isZero();
		mvc.perform(post("/settings/booking").session(owner).with(csrf()).param("minimumNoticeHours", "-3")
			.param("horizonDays", "90").param("cancellationCutoffHours", "24").param("newClientsInitialOnly", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Between 0 and 336 hours.")));
	}
}
