package app.quadratus.treatment;

import static app.quadratus.treatment.TreatmentApi.PLAN_EXAMPLE;
import static app.quadratus.treatment.TreatmentApi.RELEASE_EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Every example of treatment-api.md's plans, run literally, and the errors it names. */
@WebTest
class TreatmentApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	private TreatmentApi api;

	private UUID client;

	@BeforeEach
	void setUp() {
		api = new TreatmentApi(mvc);
		client = demo.aClientOf(DemoAccounts.THERAPIST);
	}

	@Test
	void vocabularyListsTheContractsWordsWithLabels() throws Exception {
		Answer answer = api.get("/api/v1/treatment/vocabulary");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(ids(answer.json().get("techniques"))).hasSizeGreaterThanOrEqualTo(12).contains("trigger_point_therapy",
				"deep_tissue", "myofascial_release", "effleurage", "petrissage", "friction", "passive_stretching",
				"active_stretching", "pnf_stretching", "muscle_energy_technique", "soft_tissue_release", "positional_release");
		assertThat(answer.json().get("techniques").get(0).get("label").asString()).isEqualTo("Trigger point therapy");
		assertThat(ids(answer.json().get("releaseOutcomes"))).containsExactly("released", "partly", "not-released");
		assertThat(ids(answer.json().get("goalResults"))).containsExactly("met", "partly", "not-met");
		assertThat(ids(answer.json().get("homeworkDone"))).containsExactly("done", "partly", "not", "none-set");
	}

	@Test
	void theContractsPlanIsVersionOneAwaitingAgreementWithGoalIds() throws Exception {
		Answer answer = api.post(PLAN_EXAMPLE, "/api/v1/clients/{id}/plans", client);
		assertThat(answer.status()).isEqualTo(201);
		JsonNode plan = answer.json();
		assertThat(answer.response().getHeader("Location")).endsWith("/api/v1/plans/" + plan.get("id").asString());
		assertThat(plan.get("clientId").asString()).isEqualTo(client.toString());
		assertThat(plan.get("version").asInt()).isEqualTo(1);
		assertThat(plan.get("status").asString()).isEqualTo("awaiting-agreement");
		assertThat(plan.get("goals")).hasSize(3);
		plan.get("goals").forEach(goal -> assertThat(UUID.fromString(goal.get("id").asString())).isNotNull());
		assertThat(plan.get("goals").get(0).get("measure").asString()).isEqualTo("odi");
		assertThat(plan.get("goals").get(0).get("target").asInt()).isEqualTo(20);
		assertThat(plan.get("phases").get(1).get("sessionsPerWeek").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(plan.get("reviewOn").asString()).isEqualTo("2027-01-10");

		Answer read = api.get("/api/v1/plans/{id}", plan.get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(plan);
	}

	@Test
	void aRevisionIsANewVersionAwaitingAgreementAndEarlierVersionsNeverChange() throws Exception {
		JsonNode plan = api.newPlan(client);
		String id = plan.get("id").asString();
		assertThat(api.post("{\"version\": 1, \"agreedBy\": \"Claire Demo\", \"method\": \"in-clinic\"}",
				"/api/v1/plans/{id}/agreement", id).status()).isEqualTo(200);
		JsonNode agreedV1 = api.get("/api/v1/plans/{id}?version=1", id).json();

		String revised = PLAN_EXAMPLE.replace("\"reviewOn\": \"2027-01-10\"", "\"reviewOn\": \"2027-01-24\", \"basedOnVersion\": 1");
		Answer put = api.put(revised, "/api/v1/plans/{id}", id);
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.json().get("version").asInt()).isEqualTo(2);
		assertThat(put.json().get("status").asString()).isEqualTo("awaiting-agreement");
		assertThat(put.json().get("reviewOn").asString()).isEqualTo("2027-01-24");

		assertThat(api.get("/api/v1/plans/{id}?version=1", id).json()).isEqualTo(agreedV1);
		assertThat(api.get("/api/v1/plans/{id}", id).json().get("version").asInt()).isEqualTo(2);
		assertThat(api.put(revised, "/api/v1/plans/{id}", id).status()).as("based on a stale version").isEqualTo(409);
		assertThat(api.get("/api/v1/plans/{id}?version=7", id).status()).isEqualTo(404);
	}

	@Test
	void theClientAgreesTheLatestVersionOnly() throws Exception {
		String id = api.newPlan(client).get("id").asString();
		Answer agreed = api.post("{\"version\": 1, \"agreedBy\": \"Claire Demo\", \"method\": \"in-clinic\"}",
				"/api/v1/plans/{id}/agreement", id);
		assertThat(agreed.status()).isEqualTo(200);
		assertThat(agreed.text("status")).isEqualTo("agreed");
		assertThat(agreed.json().get("agreedVersion").asInt()).isEqualTo(1);
		assertThat(agreed.text("agreedAt")).isNotBlank();
		assertThat(api.get("/api/v1/plans/{id}", id).text("status")).isEqualTo("agreed");

		api.put(PLAN_EXAMPLE.replace("\"reviewOn\"", "\"basedOnVersion\": 1, \"reviewOn\""), "/api/v1/plans/{id}", id);
		assertThat(api.post("{\"version\": 1, \"agreedBy\": \"Claire Demo\", \"method\": \"portal\"}",
				"/api/v1/plans/{id}/agreement", id).status()).isEqualTo(409);
		Answer bad = api.post("{\"version\": 2, \"agreedBy\": \"\", \"method\": \"by-post\"}", "/api/v1/plans/{id}/agreement", id);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).contains("agreedBy", "method");
		Answer portal = api.post("{\"version\": 2, \"agreedBy\": \"Claire Demo\", \"method\": \"portal\"}",
				"/api/v1/plans/{id}/agreement", id);
		assertThat(portal.json().get("agreedVersion").asInt()).isEqualTo(2);
		assertThat(portal.text("method")).isEqualTo("portal");
	}

	@Test
	void badPlansAreRefusedNamingEachField() throws Exception {
		Answer answer = api.post("""
				{"goals": [
				   {"kind": "measure", "measure": "sf36", "baseline": 38, "target": 20},
				   {"kind": "measure", "measure": "odi", "baseline": 38, "target": 120},
				   {"kind": "activity", "activity": "Sit", "baseline": 3, "target": 11},
				   {"kind": "free", "text": "Pilates", "by": "next spring"},
				   {"kind": "wish"}],
				 "phases": [{"phase": "rest"}], "techniques": ["reiki"], "reviewOn": "2027-13-01"}""",
				"/api/v1/clients/{id}/plans", client);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(fields(answer)).contains("goals[0].measure", "goals[1].target", "goals[2].target", "goals[3].by",
				"goals[4].kind", "phases[0].phase", "techniques[0]", "reviewOn");
		assertThat(api.post("{\"goals\": []}", "/api/v1/clients/{id}/plans", client).status()).isEqualTo(422);
		assertThat(fields(api.post("{\"problems\": []}", "/api/v1/clients/{id}/plans", client))).contains("goals");
		assertThat(api.post("{\"goals\": [", "/api/v1/clients/{id}/plans", client).status()).isEqualTo(400);
		assertThat(fields(api.put(PLAN_EXAMPLE, "/api/v1/plans/{id}", api.newPlan(client).get("id").asString())))
			.contains("basedOnVersion");
	}

	@Test
	void onlyOwnersAndTherapistsUseTheTreatmentApi() throws Exception {
		String plan = api.newPlan(client).get("id").asString();
		for (String user : List.of(DemoAccounts.RECEPTION, DemoAccounts.CLIENT)) {
			TreatmentApi other = api.as(user);
			assertThat(other.get("/api/v1/treatment/vocabulary").status()).as(user).isEqualTo(403);
			assertThat(other.get("/api/v1/plans/{id}", plan).status()).as(user).isEqualTo(403);
			assertThat(other.post(PLAN_EXAMPLE, "/api/v1/clients/{id}/plans", client).status()).as(user).isEqualTo(403);
			assertThat(other.post("{}", "/api/v1/clients/{id}/sessions", client).status()).as(user).isEqualTo(403);
			assertThat(other.get("/api/v1/clients/{id}/sessions", client).status()).as(user).isEqualTo(403);
		}
		assertThat(api.as(DemoAccounts.OWNER).get("/api/v1/plans/{id}", plan).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/plans/{id}", UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/plans/not-an-id").status()).isEqualTo(404);
	}

	static List<String> ids(JsonNode terms) {
		List<String> ids = new ArrayList<>();
		terms.forEach(term -> ids.add(term.get("id").asString()));
		return ids;
	}

	static List<String> fields(Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().path("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
