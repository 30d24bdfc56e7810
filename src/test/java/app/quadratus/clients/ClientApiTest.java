package app.quadratus.clients;

import static app.quadratus.testing.DemoAccounts.CLIENT;
import static app.quadratus.testing.DemoAccounts.OTHER_CLINIC;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.RECEPTION;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ClientApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Test
	void searchMatchesTheStartOfANameAndStaysInTheCallersClinic() throws Exception {
		mvc.perform(get("/api/v1/clients").param("q", "dem").param("limit", "20").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.items[*].familyName", hasItem("Demo")))
			.andExpect(jsonPath("$.items[0].id").value(matchesPattern("[0-9a-f-]{36}")));
		mvc.perform(get("/api/v1/clients").param("q", "secondsmith").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/clients").param("q", "secondsmith").with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void searchMatchesEmailAndPhoneAndHonoursTheLimit() throws Exception {
		mvc.perform(get("/api/v1/clients").param("q", "client@norwich").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.items[0].email").value("client@norwich.demo"));
		mvc.perform(get("/api/v1/clients").param("q", "07700 900999").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.items[0].familyName").value("Demo"));
		mvc.perform(get("/api/v1/clients").param("limit", "3").with(httpBasic(RECEPTION, PASSWORD)))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(30)));
	}

	@Test
	void createReturns201WithLocationAndTheClientReadsBack() throws Exception {
		String location = mvc.perform(post("/api/v1/clients").with(httpBasic(RECEPTION, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName": "Imogen", "familyName": "Apicreate", "dateOfBirth": "1985-04-12",
					 "email": "imogen@example.org", "phone": "07700 900555"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/clients/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.archived").value(false))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(location).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.givenName").value("Imogen"))
			.andExpect(jsonPath("$.dateOfBirth").value("1985-04-12"))
			.andExpect(jsonPath("$.email").value("imogen@example.org"))
			.andExpect(jsonPath("$.phone").value("07700 900555"));
	}

	@Test
	void updateReplacesTheDetails() throws Exception {
		UUID id = demo.aClientOf(THERAPIST);
		mvc.perform(put("/api/v1/clients/{id}", id).with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName": "Renamed", "familyName": "Person", "dateOfBirth": "1970-01-31", "email": "renamed@example.org"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.givenName").value("Renamed"));
		mvc.perform(get("/api/v1/clients/{id}", id).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.familyName").value("Person"));
	}

	@Test
	void badInputIs422NamingEachField() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"givenName": "Fay", "familyName": "Future", "dateOfBirth": "2999-01-01", "email": "not-an-email"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")));
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\": \"Nameless\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"A\", \"familyName\": \"B\", \"dateOfBirth\": \"31/01/1970\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("dateOfBirth"));
	}

	@Test
	void malformedJsonIs400Problem() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherClinicsClientIs404() throws Exception {
		UUID theirs = demo.aClientOf(OTHER_CLINIC);
		mvc.perform(get("/api/v1/clients/{id}", theirs).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/clients/{id}", UUID.randomUUID()).with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void clientAccountsAre403AndStrangersAre401() throws Exception {
		mvc.perform(get("/api/v1/clients").with(httpBasic(CLIENT, PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
		mvc.perform(get("/api/v1/clients").with(httpBasic(THERAPIST, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void idsAreOpaqueUuids() throws Exception {
		mvc.perform(get("/api/v1/clients").param("limit", "50").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.items[*].id", everyItem(matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))));
	}

	@Test
	void aPutWithoutThePrivacyFieldKeepsTheAcknowledgement() throws Exception {
		String location = mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Priscilla\",\"familyName\":\"Noticed\",\"dateOfBirth\":\"1961-02-03\",\"privacyNoticeAcknowledged\":true}"))
			.andExpect(jsonPath("$.privacyNoticeAcknowledged").value(true))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(put(location).with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Priscilla\",\"familyName\":\"Noticed\",\"dateOfBirth\":\"1961-02-04\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.privacyNoticeAcknowledged").value(true))
			.andExpect(jsonPath("$.dateOfBirth").value("1961-02-04"));
	}

	@Test
	void aFamilyNameOfSeveralWordsIsFoundFromItsStart() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Rosa\",\"familyName\":\"De La Cruz\",\"dateOfBirth\":\"1977-07-07\"}"));
		mvc.perform(get("/api/v1/clients").param("q", "de la c").with(httpBasic(THERAPIST, PASSWORD)))
			.andExpect(jsonPath("$.items[*].familyName", hasItem("De La Cruz")));
	}

	@Test
	void aTherapistFromAnotherClinicCannotBeAssigned() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Cross\",\"familyName\":\"Tenant\",\"dateOfBirth\":\"1980-01-01\",\"therapistId\":\""
					+ demo.accountId(OTHER_CLINIC) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("therapistId"));
	}
}
