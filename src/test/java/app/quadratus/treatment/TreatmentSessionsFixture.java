package app.quadratus.treatment;

import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;

/** Treatment records made through the API, for tests of other modules that react to them. */
public final class TreatmentSessionsFixture {

	private final TreatmentApi api;

	public TreatmentSessionsFixture(MockMvc mvc) {
		this.api = new TreatmentApi(mvc);
	}

	/** A new client of the Norwich demo clinic, with no history. */
	public UUID newClient() throws Exception {
		var answer = api.post("{\"givenName\": \"Tess\", \"familyName\": \"Schedule\", \"dateOfBirth\": \"1979-04-02\"}",
				"/api/v1/clients");
		return UUID.fromString(answer.text("id"));
	}

	/** A session checked in, with one release, signed; its id. */
	public UUID signedSession(UUID client) throws Exception {
		String id = api.newSession(client);
		api.release(id, "fixture", TreatmentApi.RELEASE_EXAMPLE);
		api.patch("{\"painAfter\": 3}", "/api/v1/sessions/{id}", id);
		var signed = api.post("", "/api/v1/sessions/{id}/sign", id);
		if (signed.status() != 200) {
			throw new AssertionError("not signed: " + signed.json());
		}
		return UUID.fromString(id);
	}

	/** The contract's plan with this review date, agreed in clinic; its id. */
	public UUID agreedPlanReviewedOn(UUID client, String reviewOn) throws Exception {
		String body = TreatmentApi.PLAN_EXAMPLE.replace("\"reviewOn\": \"2027-01-10\"", "\"reviewOn\": \"" + reviewOn + "\"");
		var plan = api.post(body, "/api/v1/clients/{id}/plans", client);
		String id = plan.text("id");
		api.post("{\"version\": 1, \"agreedBy\": \"Tess Schedule\", \"method\": \"in-clinic\"}", "/api/v1/plans/{id}/agreement", id);
		return UUID.fromString(id);
	}
}
