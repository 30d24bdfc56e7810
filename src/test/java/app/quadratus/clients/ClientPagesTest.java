package app.quadratus.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ClientPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession therapist;

	MockHttpSession reception;

	@BeforeEach
	void signIn() throws Exception {
		therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		reception = DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
	}

	@Test
	void aMistakeIsShownBesideItsFieldAndNothingTypedIsLost() throws Exception {
		mvc.perform(post("/clients").session(therapist).with(csrf())
			.param("givenName", "Winifred").param("familyName", "").param("dateOfBirth", "2999-02-02")
			.param("occupation", "Lorry driver"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"familyName-error\"")))
			.andExpect(content().string(containsString("Enter the client&#39;s family name.")))
			.andExpect(content().string(containsString("The date of birth must be in the past.")))
			.andExpect(content().string(containsString("value=\"Winifred\"")))
			.andExpect(content().string(containsString("value=\"Lorry driver\"")));
	}

	@Test
	void aSameNameAndBirthDateNeedsConfirmationBeforeASecondRecord() throws Exception {
		String[] person = { "Bartholomew", "Twinning", "1966-06-06" };
		mvc.perform(newClient(person)).andExpect(redirectedUrlPattern("/clients/**"));
		mvc.perform(newClient(person))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible duplicate:")));
		assertThat(countNamed("Twinning")).isEqualTo(1);
		mvc.perform(newClient(person).param("duplicateConfirmed", "true")).andExpect(redirectedUrlPattern("/clients/**"));
		assertThat(countNamed("Twinning")).isEqualTo(2);
	}

	@Test
	void receptionWorksWithDetailsButCannotOpenTheChart() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.RECEPTION);
		mvc.perform(get("/clients/{id}/details", client).session(reception)).andExpect(status().isOk());
		mvc.perform(get("/clients/{id}", client).session(reception)).andExpect(status().isForbidden());
		mvc.perform(get("/clients/{id}/fhir", client).session(reception)).andExpect(status().isForbidden());
		mvc.perform(get("/clients").session(reception).param("q", "demo"))
			.andExpect(content().string(containsString("/details")));
	}

	@Test
	void archivingHidesFromSearchAndRestoringBringsBack() throws Exception {
		mvc.perform(newClient(new String[] { "Archibald", "Hideaway", "1950-05-05" }));
		UUID id = jdbc.sql("select id from client where family_name = 'Hideaway'").query(UUID.class).single();
		mvc.perform(post("/clients/{id}/archive", id).session(reception).with(csrf()).param("reason", "Moved to Leeds"));
		mvc.perform(get("/clients").session(reception).param("q", "hideaway"))
			.andExpect(content().string(not(containsString("Hideaway, Archibald"))));
		mvc.perform(get("/clients").session(reception).param("q", "hideaway").param("archived", "true"))
			.andExpect(content().string(containsString("Hideaway, Archibald")));
		mvc.perform(post("/clients/{id}/restore", id).session(reception).with(csrf()));
		mvc.perform(get("/clients").session(reception).param("q", "hideaway"))
			.andExpect(content().string(containsString("Hideaway, Archibald")));
	}

	@Test
	void searchRowsAreEscapedAndShowTheArchivedTagAndTheLinkByRole() throws Exception {
		// The rows are rendered in Java (ClientRow), not by the template: what the template did must still hold.
		mvc.perform(newClient(new String[] { "Bea <b>", "O'Escaped & Co", "1960-06-06" }));
		UUID id = jdbc.sql("select id from client where family_name = 'O''Escaped & Co'").query(UUID.class).single();
		mvc.perform(get("/clients").session(reception).param("q", "o'escaped"))
			.andExpect(content().string(containsString("O&#39;Escaped &amp; Co, Bea &lt;b&gt;")))
			.andExpect(content().string(not(containsString("Bea <b>"))))
			.andExpect(content().string(containsString("href=\"/clients/" + id + "/details\"")));
		mvc.perform(get("/clients").session(therapist).param("q", "o'escaped"))
			.andExpect(content().string(containsString("href=\"/clients/" + id + "\"")));
		mvc.perform(post("/clients/{id}/archive", id).session(reception).with(csrf()).param("reason", "Moved away"));
		mvc.perform(get("/clients").session(reception).param("q", "o'escaped").param("archived", "true"))
			.andExpect(content().string(containsString("<span class=\"tag\">Archived</span>")));
	}

	@Test
	void consentsAreRecordedAndWithdrawnWithoutDeletingThem() throws Exception {
		mvc.perform(newClient(new String[] { "Constance", "Consenting", "1972-07-07" }));
		UUID id = jdbc.sql("select id from client where family_name = 'Consenting'").query(UUID.class).single();
		mvc.perform(post("/clients/{id}/consents", id).session(reception).with(csrf()).param("kind", "SMS"));
		UUID consent = jdbc.sql("select id from client_consent where client_id = ?").param(id).query(UUID.class).single();
		mvc.perform(post("/clients/{id}/consents/{c}/withdraw", id, consent).session(reception).with(csrf()));
		mvc.perform(get("/clients/{id}/details", id).session(reception))
			.andExpect(content().string(containsString("Text messages (SMS)")))
			.andExpect(content().string(containsString("Withdrawn")));
		assertThat(jdbc.sql("select count(*) from client_consent where client_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theChartShowsTheKeyFactsAndIsHtmxSearchable() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		mvc.perform(get("/clients/{id}", client).session(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("years old")))
			.andExpect(content().string(containsString("Emergency contact")));
		mvc.perform(get("/clients").session(therapist).param("q", "dem").header("HX-Request", "true"))
			.andExpect(content().string(containsString("Demo, Claire")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/clients").session(therapist).param("givenName", "No").param("familyName", "Token")
			.param("dateOfBirth", "1990-01-01")).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newClient(String[] person) {
		return post("/clients").session(reception).with(csrf())
			.param("givenName", person[0]).param("familyName", person[1]).param("dateOfBirth", person[2]);
	}

	private long countNamed(String family) {
		return jdbc.sql("select count(*) from client where family_name = ?").param(family).query(Long.class).single();
	}

	@Test
	void savingOverSomeoneElsesChangeIsRefusedAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(newClient(new String[] { "Vera", "Versioned", "1969-09-09" }));
		UUID id = jdbc.sql("select id from client where family_name = 'Versioned'").query(UUID.class).single();
		mvc.perform(post("/clients/{id}", id).session(reception).with(csrf()).param("version", "0")
			.param("givenName", "Vera").param("familyName", "Versioned").param("dateOfBirth", "1969-09-09")
			.param("phone", "01603 111111"));
		mvc.perform(post("/clients/{id}", id).session(therapist).with(csrf()).param("version", "0")
			.param("givenName", "Vera").param("familyName", "Versioned").param("dateOfBirth", "1969-09-09")
			.param("occupation", "Typed meanwhile"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this client")))
			.andExpect(content().string(containsString("Typed meanwhile")));
	}

	@Test
	void aClientAccountReachesNoStaffPage() throws Exception {
		MockHttpSession client = DemoAccounts.signIn(mvc, DemoAccounts.CLIENT);
		for (String page : new String[] { "/clients", "/clients/new", "/today" }) {
			mvc.perform(get(page).session(client)).andExpect(status().isForbidden());
		}
	}
}
