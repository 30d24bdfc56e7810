package app.quadratus.intake;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.quadratus.atlas.RedFlag;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The intake before the first visit with TWO new client accounts of the demo clinic: each fills in and
 * sees only their own, step by step; bad input is shown beside its field and saves nothing; a "yes" to a
 * red flag brings the screening's advice; it is submitted once; the therapist finds it prefilled on the
 * first assessment with the red flag on top; every read and change is audited.
 */
@WebTest
class ClientIntakePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	PasswordEncoder passwords;

	record NewClient(UUID id, MockHttpSession session) {
	}

	/** A client of the demo clinic never assessed and without an account, given one and signed in. */
	/** A client not yet in care (other tests of the suite give some demo clients a plan, which hides the intake). */
	private NewClient newClient() throws Exception {
		UUID clinic = demo.clinicOf(DemoAccounts.CLIENT);
		UUID client = jdbc.sql("""
				select c.id from client c where c.clinic_id = ? and c.archived = false
				and c.date_of_birth < ? and not exists (select 1 from account a where a.client_id = c.id)
				and not exists (select 1 from assessment s where s.client_id = c.id)
				and not exists (select 1 from client_intake i where i.client_id = c.id)
				and not exists (select 1 from treatment_plan p where p.client_id = c.id)
				order by c.id limit 1""")
			.params(clinic, java.time.LocalDate.now().minusYears(20)).query(UUID.class).single();
		String email = "intake." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		jdbc.sql("""
				insert into account (id, clinic_id, email, display_name, role, password_hash, client_id, created_at)
				values (?, ?, ?, 'New Client', 'CLIENT', ?, ?, ?)""")
			.params(UUID.randomUUID(), clinic, email, passwords.encode(PASSWORD), client, OffsetDateTime.now())
			.update();
		return new NewClient(client, DemoAccounts.signIn(mvc, email));
	}

	private MockHttpServletRequestBuilder step(NewClient client, String step) {
		return post("/portal/intake/" + step).session(client.session()).with(csrf());
	}

	private MockHttpServletRequestBuilder redFlags(NewClient client, RedFlag yes) {
		MockHttpServletRequestBuilder request = step(client, "red-flags");
		for (RedFlag flag : RedFlag.values()) {
			request.param("redFlags[" + flag.id() + "]", flag == yes ? "YES" : "NO");
		}
		return request;
	}

	private String answers(UUID client) {
		return jdbc.sql("select answers from client_intake where client_id = ?").param(client).query(String.class)
			.optional().orElse("");
	}

	@Test
	void eachClientSeesOnlyTheirOwnIntakeThroughPagesAndDirectRequests() throws Exception {
		NewClient anna = newClient();
		mvc.perform(get("/portal").session(anna.session())).andExpect(content().string(containsString("Start my intake")));
		mvc.perform(get("/portal/intake").session(anna.session())).andExpect(redirectedUrl("/portal/intake/contact"));
		mvc.perform(step(anna, "contact").param("phone", "07700 900123").param("treatmentConsent", "true")
			.param("privacyNoticeRead", "true")).andExpect(redirectedUrl("/portal/intake/history"));
		mvc.perform(step(anna, "history").param("earlierEpisodes", "Anna's own story")
			.param("durationWeeks", "6").param("onset", "GRADUAL")).andExpect(redirectedUrl("/portal/intake/medication"));
		NewClient ben = newClient();
		assertThat(ben.id()).isNotEqualTo(anna.id());
		mvc.perform(get("/portal/intake/history").session(ben.session())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Anna&#39;s own story"))))
			.andExpect(content().string(not(containsString("Anna's own story"))));
		mvc.perform(get("/portal/intake/contact").session(ben.session()))
			.andExpect(content().string(not(containsString("07700 900123"))));
		// Ben's save is his own row; Anna's answers are untouched by it.
		mvc.perform(step(ben, "history").param("earlierEpisodes", "Ben's")).andExpect(status().is3xxRedirection());
		assertThat(answers(anna.id())).contains("Anna's own story").doesNotContain("Ben's");
		assertThat(answers(ben.id())).contains("Ben's").doesNotContain("Anna");
		// A client never reaches the staff's side of anyone's intake.
		mvc.perform(get("/clients/{id}/assessments/new", anna.id()).session(anna.session())).andExpect(status().isForbidden());
		mvc.perform(get("/clients/{id}", anna.id()).session(ben.session())).andExpect(status().isForbidden());
		// Anna resumes where she stopped: the step after the one saved last.
		mvc.perform(get("/portal/intake").session(anna.session())).andExpect(redirectedUrl("/portal/intake/medication"));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where object_type = 'client-intake' and client_id = ? and action = 'UPDATE'""")
			.param(anna.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
		NewClient client = newClient();
		mvc.perform(step(client, "contact").param("phone", "0123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"treatmentConsent-error\"")))
			.andExpect(content().string(containsString("the therapist cannot treat you without it")));
		assertThat(answers(client.id())).isEmpty();
		mvc.perform(step(client, "contact").param("treatmentConsent", "true").param("privacyNoticeRead", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(step(client, "history").param("durationWeeks", "six"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter a whole number of weeks")));
		mvc.perform(step(client, "history").param("durationWeeks", "-3"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("from 0 to 2600")));
		mvc.perform(step(client, "history").param("onset", "NONSENSE"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Please choose one of the options")));
		// A red flag left unanswered is marked beside its own question.
		mvc.perform(step(client, "red-flags").param("redFlags[urinary_dysfunction]", "NO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flag-history_of_cancer-error\"")))
			.andExpect(content().string(not(containsString("id=\"flag-urinary_dysfunction-error\""))));
		mvc.perform(step(client, "pain").param("pain[not_a_region].intensity", "5"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Please choose one of the options")));
		mvc.perform(step(client, "pain").param("pain[lower_lumbar].intensity", "11"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("from 0 to 10")));
		// Fields of another step posted to this one are ignored.
		mvc.perform(step(client, "medication").param("medication", "none").param("goals", "smuggled"))
			.andExpect(status().is3xxRedirection());
		assertThat(answers(client.id())).contains("\"medication\":\"none\"").doesNotContain("smuggled")
			.contains("\"durationWeeks\":null");
		mvc.perform(get("/portal/intake/nonsense").session(client.session())).andExpect(status().isNotFound());
	}

	@Test
	void aYesToARedFlagBringsTheScreeningsAdviceCalmly() throws Exception {
		NewClient client = newClient();
		mvc.perform(redFlags(client, RedFlag.SADDLE_OR_GENITAL_SENSORY_CHANGE))
			.andExpect(redirectedUrl("/portal/intake/advice"));
		mvc.perform(get("/portal/intake/advice").session(client.session()))
			.andExpect(content().string(containsString("Please call 999 or go to A&amp;E now")))
			.andExpect(content().string(containsString("role=\"alert\"")));
		mvc.perform(redFlags(client, null)).andExpect(redirectedUrl("/portal/intake/pain"));
		// The screening's own urgency decides: a cancer history is an urgent referral, the rest is talked through.
		mvc.perform(redFlags(client, RedFlag.HISTORY_OF_CANCER)).andExpect(redirectedUrl("/portal/intake/advice"));
		mvc.perform(get("/portal/intake/advice").session(client.session()))
			.andExpect(content().string(containsString("Please contact your GP today")));
		mvc.perform(redFlags(client, RedFlag.INFLAMMATORY_BACK_PAIN_FEATURES)).andExpect(redirectedUrl("/portal/intake/advice"));
		mvc.perform(get("/portal/intake/advice").session(client.session()))
			.andExpect(content().string(containsString("Your therapist will ask you about this")));
	}

	@Test
	void submittedOnceThenUnchangedAndTheTherapistFindsItPrefilledWithTheRedFlagFirst() throws Exception {
		NewClient client = newClient();
		mvc.perform(post("/portal/intake/submit").session(client.session()).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Please finish the steps")));
		mvc.perform(step(client, "contact").param("treatmentConsent", "true").param("privacyNoticeRead", "true"));
		mvc.perform(step(client, "history").param("onset", "SUDDEN").param("durationWeeks", "3").param("seenDoctor", "NO"));
		mvc.perform(step(client, "work").param("sittingHours", "8").param("loads", "LIFTING").param("loads", "SCREEN_WORK")
			.param("loadsNote", "Night shifts"));
		mvc.perform(redFlags(client, RedFlag.BILATERAL_LEG_SYMPTOMS)).andExpect(redirectedUrl("/portal/intake/advice"));
		mvc.perform(step(client, "pain").param("pain[lower_lumbar].intensity", "7")
			.param("pain[lower_lumbar].quality", "BURNING").param("pain[lower_lumbar].side", "LEFT")
			.param("pain[lower_lumbar].timing", "CONSTANT")).andExpect(redirectedUrl("/portal/intake/worse-better"));
		mvc.perform(step(client, "worse-better").param("worseWith", "prolonged_sitting").param("better", "Hot baths"));
		mvc.perform(step(client, "goals").param("goals", "Pick up my grandson"));
		mvc.perform(post("/portal/intake/submit").session(client.session()).with(csrf()))
			.andExpect(redirectedUrl("/portal/intake/done"));
		String submitted = answers(client.id());
		assertThat(jdbc.sql("select count(*) from client_consent where client_id = ? and kind = 'TREATMENT' and withdrawn_at is null")
			.param(client.id()).query(Long.class).single()).isEqualTo(1);
		// Submitted once: a second submit or a later step changes nothing.
		mvc.perform(post("/portal/intake/submit").session(client.session()).with(csrf()))
			.andExpect(redirectedUrl("/portal/intake/done"));
		mvc.perform(step(client, "goals").param("goals", "Changed my mind")).andExpect(redirectedUrl("/portal/intake/done"));
		mvc.perform(get("/portal/intake/goals").session(client.session())).andExpect(redirectedUrl("/portal/intake/done"));
		assertThat(answers(client.id())).isEqualTo(submitted);
		mvc.perform(get("/portal/intake/done").session(client.session()))
			.andExpect(content().string(containsString("Please call 999")));

		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		String chart = mvc.perform(get("/clients/{id}", client.id()).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(chart).contains("Start the assessment (prefilled)");
		assertThat(chart.indexOf("Red flag: the client answered yes")).isLessThan(chart.indexOf("id=\"assessments\""));
		String page = mvc.perform(get("/clients/{id}/assessments/new", client.id()).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Red flag: the client answered yes")).isPositive()
			.isLessThan(page.indexOf("id=\"red-flags-heading\""));
		assertThat(page).contains("Pick up my grandson", "Hot baths", "to call 999 or go to A&amp;E now")
			.containsPattern("<input[^>]*id=\"flag-bilateral_leg_symptoms-YES\"[^>]*checked")
			.containsPattern("<input[^>]*id=\"factor-prolonged_sitting\"[^>]*checked")
			.containsPattern("id=\"pain-lower_lumbar-intensity\"[^>]*>\\s*(<option[^>]*>\\d+</option>\\s*)*<option value=\"7\" selected")
			.contains("data-region=\"lower_lumbar\"");
		// Daily loads read as one line (the card keeps line breaks), " · " between items and none before the first.
		assertThat(page).contains("<dd id=\"intake-loads\"><span>Lifting heavy things</span><span> · Working at a screen</span>"
				+ "<span> · sits about 8 hours a day</span><span> · Night shifts</span></dd>");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where object_type = 'client-intake' and client_id = ? and action = 'VIEW'
				and actor_role = 'THERAPIST'""").param(client.id()).query(Long.class).single()).isPositive();
	}

	@Test
	void theDemoHasAClientWithASubmittedIntakeAwaitingTheFirstAssessment() throws Exception {
		UUID clinic = demo.clinicOf(DemoAccounts.CLIENT);
		var awaiting = jdbc.sql("""
				select c.id, c.given_name || ' ' || c.family_name from client_intake i join client c on c.id = i.client_id
				where i.clinic_id = ? and i.submitted_at is not null
				and i.answers like '%one-hour meeting%' and not exists (select 1 from assessment s where s.client_id = c.id)""")
			.param(clinic).query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
		assertThat(awaiting).isNotEmpty();
		System.out.println("Demo client with a submitted intake: " + awaiting.get(0).getValue());
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/clients/{id}/assessments/new", awaiting.get(0).getKey()).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From the client&#39;s intake")))
			.andExpect(content().string(containsString("Sit through a one-hour meeting")));
		// Claire, in care with a plan, is not asked for an intake before a first visit.
		mvc.perform(get("/portal").session(DemoAccounts.signIn(mvc, DemoAccounts.CLIENT)))
			.andExpect(content().string(not(containsString("Before your first visit"))));
	}

	@Test
	void theIntakesStartBackIsAnsweredOnTheOutcomesPagesAndPrefillsTheAssessment() throws Exception {
		NewClient client = newClient();
		mvc.perform(post("/portal/intake/questionnaires/nprs").session(client.session()).with(csrf()))
			.andExpect(status().isNotFound());
		String link = mvc.perform(post("/portal/intake/questionnaires/startback").session(client.session()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(link).startsWith("/outcomes/q/");
		// Agree with items 1-5, "very much" bothered: total 6, distress (items 5-9) 2.
		for (int q = 1; q <= 8; q++) {
			mvc.perform(post(link + "/answers").session(client.session()).with(csrf()).param("question", "q" + q)
				.param("answer", q <= 5 ? "true" : "false")).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post(link + "/answers").session(client.session()).with(csrf()).param("question", "q9")
			.param("answer", "very_much")).andExpect(status().is3xxRedirection());
		mvc.perform(post(link + "/finish").session(client.session()).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/outcomes/q/finished").session(client.session()))
			.andExpect(content().string(containsString("Back to my pages")));
		mvc.perform(get("/portal/intake/questionnaires").session(client.session()))
			.andExpect(content().string(containsString("Done")));
		assertThat(jdbc.sql("""
				select score from outcome_response where client_id = ? and status = 'COMPLETED' and measure = 'startback'
				order by completed_at desc limit 1""")
			.param(client.id()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6");
		mvc.perform(step(client, "contact").param("treatmentConsent", "true").param("privacyNoticeRead", "true"));
		mvc.perform(redFlags(client, null));
		mvc.perform(post("/portal/intake/submit").session(client.session()).with(csrf()))
			.andExpect(redirectedUrl("/portal/intake/done"));
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		mvc.perform(get("/clients/{id}/assessments/new", client.id()).session(therapist))
			.andExpect(content().string(containsString("STarT Back 6/9")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"startBackTotal\"[^>]*value=\"6\".*")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"startBackDistress\"[^>]*value=\"2\".*")));
	}
}
