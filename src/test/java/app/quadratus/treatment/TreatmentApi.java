package app.quadratus.treatment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import app.quadratus.testing.DemoAccounts;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the treatment API as an integration would: HTTP Basic, JSON in, status and JSON out. */
final class TreatmentApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PLAN_EXAMPLE = """
			{
			  "problems": ["Right buttock pain down the back of the thigh after an hour's sitting"],
			  "goals": [
			    {"kind": "measure", "measure": "odi", "baseline": 38, "target": 20, "by": "2027-02-15"},
			    {"kind": "activity", "activity": "Sit through a one-hour meeting", "baseline": 3, "target": 8},
			    {"kind": "free", "text": "Back to a weekly Pilates class", "by": "2027-03-01"}
			  ],
			  "phases": [{"phase": "relief", "until": "2027-01-10", "sessionsPerWeek": 1},
			             {"phase": "restore", "until": "2027-02-15", "sessionsPerWeek": 0.5},
			             {"phase": "maintain", "sessionsPerWeek": 0.25}],
			  "techniques": ["trigger_point_therapy", "deep_tissue"],
			  "reviewOn": "2027-01-10"
			}""";

	static final String RELEASE_EXAMPLE = """
			{"muscle": "piriformis", "side": "right", "point": "mid-belly", "pressure": 6, "holdSeconds": 45,
			 "referredPainBefore": 7, "referredPainAfter": 3, "outcome": "released",
			 "clientSaid": "The ache down the leg has gone"}""";

	record Answer(int status, JsonNode json, MockHttpServletResponse response) {

		String text(String field) {
			return json.path(field).asString();
		}
	}

	private final MockMvc mvc;

	private String user = DemoAccounts.THERAPIST;

	TreatmentApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	TreatmentApi as(String email) {
		TreatmentApi other = new TreatmentApi(mvc);
		other.user = email;
		return other;
	}

	Answer get(String path, Object... vars) throws Exception {
		return send(MockMvcRequestBuilders.get(path, vars));
	}

	Answer post(String body, String path, Object... vars) throws Exception {
		return send(json(MockMvcRequestBuilders.post(path, vars), body));
	}

	Answer put(String body, String path, Object... vars) throws Exception {
		return send(json(MockMvcRequestBuilders.put(path, vars), body));
	}

	Answer patch(String body, String path, Object... vars) throws Exception {
		return send(json(MockMvcRequestBuilders.request(HttpMethod.PATCH, path, vars), body));
	}

	Answer release(Object sessionId, String key, String body) throws Exception {
		MockHttpServletRequestBuilder request = json(MockMvcRequestBuilders.post("/api/v1/sessions/{id}/releases", sessionId), body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return send(request);
	}

	/** A new plan from the contract's example for the client; its JSON. */
	JsonNode newPlan(Object clientId) throws Exception {
		Answer answer = post(PLAN_EXAMPLE, "/api/v1/clients/{id}/plans", clientId);
		if (answer.status() != 201) {
			throw new AssertionError("plan not created: " + answer.status() + " " + answer.json());
		}
		return answer.json();
	}

	/** A new draft session without a plan; its id. */
	String newSession(Object clientId) throws Exception {
		Answer answer = post("{\"painBefore\": 6, \"homework\": \"partly\"}", "/api/v1/clients/{id}/sessions", clientId);
		if (answer.status() != 201) {
			throw new AssertionError("session not created: " + answer.status() + " " + answer.json());
		}
		return answer.text("id");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private Answer send(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(httpBasic(user, DemoAccounts.PASSWORD)))
			.andReturn().getResponse();
		String body = response.getContentAsString();
		return new Answer(response.getStatus(), body.isBlank() ? JSON.nullNode() : JSON.readTree(body), response);
	}
}
