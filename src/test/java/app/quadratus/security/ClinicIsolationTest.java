package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.OTHER_CLINIC;
import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * For every endpoint that takes a record id, the Norwich owner (who may do everything in Norwich)
 * sends the second clinic's ids and must get 404: never the record, never 403 (which would confirm it
 * exists). A new endpoint with an id fails {@link #everyEndpointWithAnIdIsCovered} until added here.
 */
@WebTest
class ClinicIsolationTest {

	/** Path variables that are not record ids (one-time link secrets, instrument names). */
	private static final Set<String> NOT_RECORD_IDS = Set.of("/invitation/{token}", "/password/reset/{token}",
			"/outcomes/q/{token}", "/outcomes/q/{token}/answers", "/outcomes/q/{token}/finish", "/feeds/{secret}.ics");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private MockHttpSession owner;

	private Ids theirs;

	private UUID theirAssignment;

	private UUID theirResponse;

	private UUID ourClient;

	private UUID theirAppointment;

	private MockHttpSession hirer;

	private UUID theirHire;

	record Ids(UUID client, UUID room, UUID staff, UUID consent, UUID assessment) {
	}

	@BeforeEach
	void signIn() throws Exception {
		owner = DemoAccounts.signIn(mvc, OWNER);
		theirs = new Ids(demo.aClientOf(OTHER_CLINIC), demo.aRoomOf(OTHER_CLINIC), demo.accountId(OTHER_CLINIC),
				demo.aConsentOf(OTHER_CLINIC), demo.anAssessmentOf(OTHER_CLINIC));
		theirAssignment = demo.anOutcomeAssignmentOf(OTHER_CLINIC);
		theirResponse = demo.anOutcomeResponseOf(OTHER_CLINIC);
		ourClient = demo.aClientOf(OWNER);
		theirAppointment = demo.anAppointmentOf(OTHER_CLINIC);
		hirer = DemoAccounts.signIn(mvc, "hirer@norwich.demo");
		theirHire = demo.aRoomHireOf(OTHER_CLINIC);
	}

	/** Each endpoint with an id, as a request built from the other clinic's ids. */
	private Map<String, Function<Ids, MockHttpServletRequestBuilder>> endpoints() {
		Map<String, Function<Ids, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
		e.put("GET /clients/{id}", ids -> page(HttpMethod.GET, "/clients/{id}", ids.client()));
		e.put("GET /clients/{id}/details", ids -> page(HttpMethod.GET, "/clients/{id}/details", ids.client()));
		e.put("GET /clients/{id}/edit", ids -> page(HttpMethod.GET, "/clients/{id}/edit", ids.client()));
		e.put("POST /clients/{id}", ids -> page(HttpMethod.POST, "/clients/{id}", ids.client())
			.param("givenName", "X").param("familyName", "Y").param("dateOfBirth", "1980-01-01"));
		e.put("POST /clients/{id}/archive", ids -> page(HttpMethod.POST, "/clients/{id}/archive", ids.client()));
		e.put("POST /clients/{id}/restore", ids -> page(HttpMethod.POST, "/clients/{id}/restore", ids.client()));
		e.put("POST /clients/{id}/consents", ids -> page(HttpMethod.POST, "/clients/{id}/consents", ids.client())
			.param("kind", "SMS"));
		e.put("POST /clients/{id}/consents/{consentId}/withdraw",
				ids -> page(HttpMethod.POST, "/clients/{id}/consents/{consentId}/withdraw", ids.client(), ids.consent()));
		e.put("GET /clients/{id}/fhir", ids -> page(HttpMethod.GET, "/clients/{id}/fhir", ids.client()));
		e.put("GET /clients/{id}/assessments/new", ids -> page(HttpMethod.GET, "/clients/{id}/assessments/new", ids.client()));
		e.put("POST /clients/{id}/assessments/screen", ids -> page(HttpMethod.POST, "/clients/{id}/assessments/screen",
				ids.client()).param("age", "40").param("pain[lower_lumbar].intensity", "5"));
		e.put("POST /clients/{id}/assessments", ids -> page(HttpMethod.POST, "/clients/{id}/assessments", ids.client())
			.param("pain[lower_lumbar].intensity", "5"));
		e.put("GET /clients/{id}/assessments/{assessmentId}", ids -> page(HttpMethod.GET,
				"/clients/{id}/assessments/{assessmentId}", ids.client(), ids.assessment()));
		e.put("GET /clients/{id}/assessments/{assessmentId}/amend", ids -> page(HttpMethod.GET,
				"/clients/{id}/assessments/{assessmentId}/amend", ids.client(), ids.assessment()));
		e.put("POST /clients/{id}/assessments/{assessmentId}/amend", ids -> page(HttpMethod.POST,
				"/clients/{id}/assessments/{assessmentId}/amend", ids.client(), ids.assessment())
			.param("amendReason", "Taken over").param("pain[lower_lumbar].intensity", "9"));
		e.put("GET /clients/{id}/assessments/{assessmentId}/referral.pdf", ids -> page(HttpMethod.GET,
				"/clients/{id}/assessments/{assessmentId}/referral.pdf", ids.client(), ids.assessment()));
		e.put("GET /clinic/rooms/{id}", ids -> page(HttpMethod.GET, "/clinic/rooms/{id}", ids.room()));
		e.put("POST /clinic/rooms/{id}", ids -> page(HttpMethod.POST, "/clinic/rooms/{id}", ids.room()).param("name", "Mine"));
		e.put("POST /staff/{id}", ids -> page(HttpMethod.POST, "/staff/{id}", ids.staff())
			.param("displayName", "Taken").param("role", "THERAPIST").param("enabled", "true"));
		e.put("GET /api/v1/clients/{id}", ids -> api(HttpMethod.GET, "/api/v1/clients/{id}", ids.client()));
		e.put("PUT /api/v1/clients/{id}", ids -> api(HttpMethod.PUT, "/api/v1/clients/{id}", ids.client())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"X\",\"familyName\":\"Y\",\"dateOfBirth\":\"1980-01-01\"}"));
		e.put("GET /api/v1/clients/{id}/fhir", ids -> api(HttpMethod.GET, "/api/v1/clients/{id}/fhir", ids.client()));
		e.put("GET /clients/{id}/outcomes/assign", ids -> page(HttpMethod.GET, "/clients/{id}/outcomes/assign", ids.client()));
		e.put("POST /clients/{id}/outcomes/assignments", ids -> page(HttpMethod.POST, "/clients/{id}/outcomes/assignments",
				ids.client()).param("measure", "nprs").param("schedule", "ONCE"));
		e.put("POST /clients/{id}/outcomes/assignments/{assignmentId}/end", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/assignments/{a}/end", ids.client(), theirAssignment));
		e.put("POST /clients/{id}/outcomes/assignments/{assignmentId}/tablet", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/assignments/{a}/tablet", ids.client(), theirAssignment));
		e.put("POST /clients/{id}/outcomes/assignments/{assignmentId}/tablet (our client)", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/assignments/{a}/tablet", ourClient, theirAssignment));
		e.put("POST /clients/{id}/outcomes/assignments/{assignmentId}/link", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/assignments/{a}/link", ids.client(), theirAssignment));
		e.put("GET /clients/{id}/outcomes/report.pdf", ids -> page(HttpMethod.GET, "/clients/{id}/outcomes/report.pdf", ids.client()));
		e.put("GET /clients/{id}/outcomes/responses/{responseId}", ids -> page(HttpMethod.GET,
				"/clients/{id}/outcomes/responses/{r}", ids.client(), theirResponse));
		e.put("GET /clients/{id}/outcomes/responses/{responseId} (our client)", ids -> page(HttpMethod.GET,
				"/clients/{id}/outcomes/responses/{r}", ourClient, theirResponse));
		e.put("POST /clients/{id}/outcomes/responses/{responseId}/answers", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/responses/{r}/answers", ids.client(), theirResponse).param("question", "score").param("answer", "1"));
		e.put("POST /clients/{id}/outcomes/responses/{responseId}/finish", ids -> page(HttpMethod.POST,
				"/clients/{id}/outcomes/responses/{r}/finish", ids.client(), theirResponse));
		e.put("GET /clients/{id}/outcomes/responses/{responseId}/done", ids -> page(HttpMethod.GET,
				"/clients/{id}/outcomes/responses/{r}/done", ids.client(), theirResponse));
		e.put("GET /api/v1/appointments/{id}", ids -> api(HttpMethod.GET, "/api/v1/appointments/{id}", theirAppointment));
		e.put("DELETE /api/v1/appointments/{id}", ids -> api(HttpMethod.DELETE, "/api/v1/appointments/{id}", theirAppointment));
		e.put("GET /calendar/appointments/{id}/move", ids -> page(HttpMethod.GET, "/calendar/appointments/{id}/move", theirAppointment));
		e.put("POST /calendar/appointments/{id}/move", ids -> page(HttpMethod.POST, "/calendar/appointments/{id}/move",
				theirAppointment).param("therapistId", ids.staff().toString()).param("roomId", ids.room().toString())
			.param("date", "2030-01-02").param("time", "10:00"));
		e.put("POST /calendar/appointments/{id}/cancel", ids -> page(HttpMethod.POST, "/calendar/appointments/{id}/cancel", theirAppointment));
		e.put("POST /calendar/appointments/{id}/arrive", ids -> page(HttpMethod.POST, "/calendar/appointments/{id}/arrive", theirAppointment));
		e.put("POST /calendar/appointments/{id}/no-show", ids -> page(HttpMethod.POST, "/calendar/appointments/{id}/no-show", theirAppointment));
		// Hire pages are the hirer's: a Norwich hirer sends the other clinic's hire.
		e.put("POST /hire/{id}/cancel", ids -> page(HttpMethod.POST, "/hire/{id}/cancel", theirHire).session(hirer));
		return e;
	}

	@Test
	void anotherClinicsRecordsAreNotFoundOnEveryEndpoint() throws Exception {
		for (var endpoint : endpoints().entrySet()) {
			int status = mvc.perform(endpoint.getValue().apply(theirs)).andReturn().getResponse().getStatus();
			assertThat(status).as(endpoint.getKey()).isEqualTo(404);
		}
	}

	@Test
	void anotherClinicsRecordsAreUnchanged() throws Exception {
		for (var endpoint : endpoints().values()) {
			mvc.perform(endpoint.apply(theirs));
		}
		DemoAccounts.signIn(mvc, OTHER_CLINIC);
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/clients/{id}", theirs.client()).with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("\"givenName\":\"X\"")
				.contains("\"archived\":false"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/appointments/{id}", theirAppointment).with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("\"status\":\"booked\""));
	}

	@Test
	void everyEndpointWithAnIdIsCovered() {
		Set<String> withIds = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("{") && !NOT_RECORD_IDS.contains(pattern) && !pattern.startsWith("/api/v1/instruments/")) {
					info.getMethodsCondition().getMethods().forEach(method -> withIds.add(method.name() + " " + pattern));
				}
			}
		}
		assertThat(endpoints().keySet()).containsAll(withIds);
	}

	private MockHttpServletRequestBuilder page(HttpMethod method, String path, Object... ids) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path, ids).session(owner);
		return method == HttpMethod.GET ? request : request.with(csrf());
	}

	private MockHttpServletRequestBuilder api(HttpMethod method, String path, Object... ids) {
		return MockMvcRequestBuilders.request(method, path, ids).with(httpBasic(OWNER, PASSWORD));
	}
}
