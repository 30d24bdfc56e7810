package app.quadratus.homework;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class HomeworkPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession therapist;

	private UUID claire;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, THERAPIST);
		claire = demo.clientOfAccount(CLIENT);
	}

	/** The demo client whose programme lapsed: the one with a walking programme started four weeks ago. */
	private UUID lapsedClient() {
		return jdbc.sql("""
				select p.client_id from home_programme p join home_programme_exercise e on e.programme_id = p.id
				where p.clinic_id = ? and e.exercise_id = 'habit_walking_programme' and p.client_id <> ?
				    and p.ends_on is null order by p.starts_on limit 1""")
			.params(demo.clinicOf(THERAPIST), claire).query(UUID.class).single();
	}

	@Test
	void theDemoClientsChartShowsTwoWeeksOfTicksAndTheLapsedOneIsFlagged() throws Exception {
		long ticks = jdbc.sql("select count(*) from homework_tick where client_id = ? and done_on >= current_date - 15")
			.param(claire).query(Long.class).single();
		assertThat(ticks).isGreaterThan(40);
		mvc.perform(get("/clients/{id}", claire).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"homework\"")))
			.andExpect(content().string(containsString("Figure-4 stretch")))
			.andExpect(content().string(not(containsString("Under 50% over the last two weeks"))));
		mvc.perform(get("/clients/{id}", lapsedClient()).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Under 50% over the last two weeks")))
			.andExpect(content().string(containsString("down from")));
	}

	@Test
	void theNewProgrammePageSuggestsFromTheAssessmentAndCarriesTheSafetyNet() throws Exception {
		UUID deepGluteal = jdbc.sql("select client_id from assessment_version where clinic_id = ? and pattern = 'DEEP_GLUTEAL'")
			.param(demo.clinicOf(THERAPIST)).query(UUID.class).list().get(0);
		String page = mvc.perform(get("/clients/{id}/homework/new", deepGluteal).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Suggested", "stretches or releases piriformis", "sciatic_slider_seated",
				"999 / A&amp;E", "Rest of the library");
		// The first suggestion is a stretch or self-release of the most likely muscle, before pattern suggestions.
		assertThat(page.indexOf("stretches or releases")).isLessThan(page.indexOf("suits the deep-gluteal pattern"));
	}

	@Test
	void aProgrammeGivenOnThePageOpensWithItsPicturesAndPrintsAsAPdf() throws Exception {
		UUID radicular = jdbc.sql("select client_id from assessment_version where clinic_id = ? and pattern = 'RADICULAR'")
			.param(demo.clinicOf(THERAPIST)).query(UUID.class).list().get(0);
		// An exercise to avoid for the pattern is refused without a reason, and the message names it.
		mvc.perform(post("/clients/{id}/homework", radicular).session(therapist).with(csrf())
				.param("startsOn", "2026-12-03")
				.param("rows[0].exerciseId", "hamstring_strap_supine").param("rows[0].give", "true")
				.param("rows[0].timesPerDay", "2").param("rows[0].daysPerWeek", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hamstring_strap_supine is marked avoid")));
		String location = mvc.perform(post("/clients/{id}/homework", radicular).session(therapist).with(csrf())
				.param("startsOn", "2026-12-03")
				.param("rows[0].exerciseId", "sciatic_slider_seated").param("rows[0].give", "true")
				.param("rows[0].reps", "8").param("rows[0].timesPerDay", "3").param("rows[0].daysPerWeek", "7")
				.param("rows[1].exerciseId", "cat_cow").param("rows[1].give", "false"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Seated sciatic nerve slider")))
			.andExpect(content().string(containsString("8 reps")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(not(containsString("Cat–cow"))))
			.andExpect(content().string(containsString("When to stop and get help")));
		byte[] pdf = mvc.perform(get(location + "/handout.pdf").session(therapist)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw).startsWith("%PDF").contains("/Subtype /Image");
	}

	@Test
	void aClinicAddsAnExerciseOfItsOwn() throws Exception {
		mvc.perform(post("/homework/exercises").session(therapist).with(csrf()).param("name", "Towel calf pull")
				.param("category", "stretch").param("targets", "gastrocnemius").param("regions", "upper_calf")
				.param("steps", "Sit with the leg straight.\nPull the towel gently.").param("timesPerDay", "2")
				.param("daysPerWeek", "7").param("pose", "sitting-floor").param("patterns[radicular]", "avoid"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/homework/exercises").session(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Towel calf pull")));
		mvc.perform(get("/api/v1/exercises").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.name == 'Towel calf pull')].clinicOwn").value(true))
			.andExpect(jsonPath("$.items[?(@.name == 'Towel calf pull')].patterns.radicular").value("avoid"));
		// A muscle the atlas does not know is refused beside the field.
		mvc.perform(post("/homework/exercises").session(therapist).with(csrf()).param("name", "Neck roll")
				.param("category", "stretch").param("targets", "sternocleidomastoid").param("steps", "Roll.")
				.param("timesPerDay", "1").param("daysPerWeek", "7").param("pose", "standing"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This value is not one the library knows.")));
	}

	@Test
	void receptionSeesNoHomeworkPages() throws Exception {
		MockHttpSession reception = DemoAccounts.signIn(mvc, RECEPTION);
		mvc.perform(get("/clients/{id}/homework/new", claire).session(reception)).andExpect(status().isForbidden());
		mvc.perform(get("/homework/exercises").session(reception)).andExpect(status().isForbidden());
		mvc.perform(post("/clients/{id}/homework/clearance", claire).session(reception).with(csrf()).param("note", "x"))
			.andExpect(status().isForbidden());
	}
}
