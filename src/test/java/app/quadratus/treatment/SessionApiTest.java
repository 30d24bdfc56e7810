package app.quadratus.treatment;

import static app.quadratus.treatment.TreatmentApi.RELEASE_EXAMPLE;
import static app.quadratus.treatment.TreatmentApiTest.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Every example of treatment-api.md's sessions, run literally, the errors it names, and signed notes. */
@WebTest
class SessionApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private TreatmentApi api;

	private UUID client;

	@BeforeEach
	void setUp() {
		api = new TreatmentApi(mvc);
		client = demo.aClientOf(DemoAccounts.THERAPIST);
	}

	@Test
	void theContractsCheckInIsADraftWithThePlansGoalAndANewOne() throws Exception {
		JsonNode plan = api.newPlan(client);
		String planGoal = plan.get("goals").get(1).get("id").asString();
		Answer created = api.post("""
				{"planId": "%s", "painBefore": 6, "homework": "partly",
				 "goals": [{"planGoalId": "%s"}, {"text": "Walk to the shop without stopping"}]}"""
			.formatted(plan.get("id").asString(), planGoal), "/api/v1/clients/{id}/sessions", client);
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.response().getHeader("Location")).endsWith("/api/v1/sessions/" + id);

		JsonNode session = api.get("/api/v1/sessions/{id}", id).json();
		assertThat(session.get("clientId").asString()).isEqualTo(client.toString());
		assertThat(session.get("status").asString()).isEqualTo("draft");
		assertThat(session.get("painBefore").asInt()).isEqualTo(6);
		assertThat(session.get("painAfter").isNull()).isTrue();
		assertThat(session.get("homework").asString()).isEqualTo("partly");
		assertThat(session.get("goals")).hasSize(2);
		assertThat(session.get("goals").get(0).get("text").asString()).contains("Sit through a one-hour meeting");
		assertThat(session.get("goals").get(1).get("text").asString()).isEqualTo("Walk to the shop without stopping");
		for (String field : List.of("id", "text", "result")) {
			assertThat(session.get("goals").get(0).has(field)).as(field).isTrue();
		}
		for (String field : List.of("techniques", "regionsTreated", "releases", "note", "signedAt", "signedBy", "amendments")) {
			assertThat(session.has(field)).as(field).isTrue();
		}
		for (String part : List.of("subjective", "objective", "assessment", "plan")) {
			assertThat(session.get("note").has(part)).as(part).isTrue();
		}
		assertThat(api.post("{}", "/api/v1/clients/{id}/sessions", client).status()).as("plan and goals optional").isEqualTo(201);
	}

	@Test
	void aPatchReplacesOnlyTheFieldsSent() throws Exception {
		String id = api.newSession(client);
		String goalsSession = api.post("{\"goals\": [{\"text\": \"Sit for an hour\"}]}", "/api/v1/clients/{id}/sessions", client)
			.text("id");
		Answer patched = api.patch("""
				{"painAfter": 3, "techniques": ["trigger_point_therapy", "passive_stretching"],
				 "regionsTreated": [{"region": "mid_buttock", "side": "right"}],
				 "note": {"subjective": "Sat through a film at the weekend"}}""", "/api/v1/sessions/{id}", id);
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("painAfter").asInt()).isEqualTo(3);
		assertThat(patched.json().get("painBefore").asInt()).as("not sent, kept").isEqualTo(6);
		assertThat(patched.json().get("regionsTreated").get(0).get("region").asString()).isEqualTo("mid_buttock");
		assertThat(patched.json().get("note").get("subjective").asString()).isEqualTo("Sat through a film at the weekend");

		Answer second = api.patch("{\"note\": {\"plan\": \"Stretch daily\"}, \"painAfter\": null}", "/api/v1/sessions/{id}", id);
		assertThat(second.json().get("note").get("subjective").asString()).isEqualTo("Sat through a film at the weekend");
		assertThat(second.json().get("note").get("plan").asString()).isEqualTo("Stretch daily");
		assertThat(second.json().get("painAfter").isNull()).isTrue();
		assertThat(second.json().get("techniques")).hasSize(2);

		String goalId = api.get("/api/v1/sessions/{id}", goalsSession).json().get("goals").get(0).get("id").asString();
		Answer reviewed = api.patch("{\"goals\": [{\"id\": \"%s\", \"result\": \"met\"}]}".formatted(goalId),
				"/api/v1/sessions/{id}", goalsSession);
		assertThat(reviewed.json().get("goals").get(0).get("result").asString()).isEqualTo("met");
		assertThat(reviewed.json().get("goals").get(0).get("text").asString()).isEqualTo("Sit for an hour");

		Answer bad = api.patch("""
				{"painAfter": 11, "techniques": ["reiki"], "regionsTreated": [{"region": "elbow", "side": "up"}],
				 "goals": [{"id": "%s", "result": "maybe"}]}""".formatted(goalId), "/api/v1/sessions/{id}", goalsSession);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).contains("painAfter", "techniques[0]", "regionsTreated[0].region", "regionsTreated[0].side",
				"goals[0].result");
		assertThat(api.patch("{\"painAfter\": ", "/api/v1/sessions/{id}", id).status()).isEqualTo(400);
	}

	@Test
	void aReleaseIsStoredOncePerKey() throws Exception {
		String id = api.newSession(client);
		Answer first = api.release(id, "tablet-1-entry-1", RELEASE_EXAMPLE);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.text("muscle")).isEqualTo("piriformis");
		assertThat(first.json().get("holdSeconds").asInt()).isEqualTo(45);
		Answer again = api.release(id, "tablet-1-entry-1", RELEASE_EXAMPLE);
		assertThat(again.status()).isIn(200, 201);
		assertThat(again.text("id")).isEqualTo(first.text("id"));
		assertThat(api.release(id, "tablet-1-entry-1", RELEASE_EXAMPLE.replace("\"pressure\": 6", "\"pressure\": 7")).status())
			.as("same key, different body").isEqualTo(422);
		assertThat(api.release(id, null, RELEASE_EXAMPLE).status()).isEqualTo(400);
		assertThat(api.release(id, "k".repeat(65), RELEASE_EXAMPLE).status()).isIn(400, 422);
		assertThat(api.get("/api/v1/sessions/{id}", id).json().get("releases")).hasSize(1);

		Answer bad = api.release(id, "tablet-1-entry-2", """
				{"muscle": "biceps", "side": "up", "pressure": 11, "holdSeconds": 0, "referredPainBefore": -1,
				 "referredPainAfter": "3", "outcome": "gone"}""");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(fields(bad)).contains("muscle", "side", "pressure", "holdSeconds", "referredPainBefore",
				"referredPainAfter", "outcome");
		assertThat(fields(api.release(id, "tablet-1-entry-3", RELEASE_EXAMPLE.replace("45", "601")))).contains("holdSeconds");
	}

	@Test
	void repeatsArrivingAtTheSameMomentStoreOneRelease() throws Exception {
		String id = api.newSession(client);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Answer>> sends = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				sends.add(() -> api.release(id, "same-moment", RELEASE_EXAMPLE));
			}
			Set<String> ids = new HashSet<>();
			for (Future<Answer> answer : pool.invokeAll(sends)) {
				assertThat(answer.get().status()).isIn(200, 201);
				ids.add(answer.get().text("id"));
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from trigger_point_release where session_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aSignedSessionNeverChangesThroughAnyRequest() throws Exception {
		String id = api.newSession(client);
		api.release(id, "r1", RELEASE_EXAMPLE);
		Answer unsigned = api.post("", "/api/v1/sessions/{id}/sign", id);
		assertThat(unsigned.status()).isEqualTo(422);
		assertThat(fields(unsigned)).contains("painAfter");

		api.patch("{\"painAfter\": 2}", "/api/v1/sessions/{id}", id);
		Answer signed = api.post("", "/api/v1/sessions/{id}/sign", id);
		assertThat(signed.status()).isEqualTo(200);
		assertThat(signed.text("status")).isEqualTo("signed");
		assertThat(signed.text("signedAt")).isNotBlank();
		assertThat(signed.text("signedBy")).isEqualTo(demo.accountId(DemoAccounts.THERAPIST).toString());
		assertThat(signed.json().get("note").get("objective").asString()).as("drafted from the entries").contains("piriformis");

		assertThat(api.patch("{\"painAfter\": 5}", "/api/v1/sessions/{id}", id).status()).isEqualTo(409);
		assertThat(api.release(id, "r2", RELEASE_EXAMPLE).status()).isEqualTo(409);
		assertThat(api.post("", "/api/v1/sessions/{id}/sign", id).status()).isEqualTo(409);
		JsonNode after = api.get("/api/v1/sessions/{id}", id).json();
		assertThat(after.get("painAfter").asInt()).isEqualTo(2);
		assertThat(after.get("releases")).hasSize(1);
		assertThat(after.get("note")).isEqualTo(signed.json().get("note"));
	}

	@Test
	void aSignedSessionNeverChangesThroughSql() throws Exception {
		String id = api.newSession(client);
		api.release(id, "r1", RELEASE_EXAMPLE);
		api.patch("{\"painAfter\": 2}", "/api/v1/sessions/{id}", id);
		api.post("", "/api/v1/sessions/{id}/sign", id);
		UUID session = UUID.fromString(id);
		assertThatThrownBy(() -> jdbc.sql("update treatment_session set pain_after = 9 where id = ?").param(session).update())
			.hasMessageContaining("never changes");
		assertThatThrownBy(() -> jdbc.sql("update trigger_point_release set pressure = 1 where session_id = ?").param(session)
			.update()).hasMessageContaining("never change");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into trigger_point_release (id, clinic_id, session_id, client_id, idempotency_key, request_sha256,
				    muscle, side, pressure, hold_seconds, referred_pain_before, referred_pain_after, outcome, created_at)
				select ?, clinic_id, id, client_id, 'sql', ?, 'piriformis', 'left', 5, 30, 5, 2, 'released', signed_at
				from treatment_session where id = ?""").params(UUID.randomUUID(), "0".repeat(64), session).update())
			.hasMessageContaining("signed");
		String plan = api.newPlan(client).get("id").asString();
		assertThatThrownBy(() -> jdbc.sql("update plan_version set review_on = null where plan_id = ?")
			.param(UUID.fromString(plan)).update()).hasMessageContaining("never changes");
		assertThat(api.get("/api/v1/sessions/{id}", id).json().get("painAfter").asInt()).isEqualTo(2);
	}

	@Test
	void anAmendmentNeedsAReasonAndLeavesTheOriginalAsSigned() throws Exception {
		String id = api.newSession(client);
		assertThat(api.post("{\"reason\": \"Typo\", \"text\": \"x\"}", "/api/v1/sessions/{id}/amendments", id).status())
			.as("a draft is edited, not amended").isEqualTo(409);
		api.patch("{\"painAfter\": 2, \"note\": {\"plan\": \"Review in a week\"}}", "/api/v1/sessions/{id}", id);
		JsonNode signed = api.post("", "/api/v1/sessions/{id}/sign", id).json();

		Answer missing = api.post("{\"text\": \"Pain after was 3\"}", "/api/v1/sessions/{id}/amendments", id);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(fields(missing)).contains("reason");
		Answer amended = api.post("{\"reason\": \"Misheard the client\", \"text\": \"Pain after was 3, not 2\"}",
				"/api/v1/sessions/{id}/amendments", id);
		assertThat(amended.status()).isEqualTo(201);
		assertThat(amended.text("reason")).isEqualTo("Misheard the client");
		api.post("{\"reason\": \"Added the plan\", \"text\": \"Home stretches twice a day\"}", "/api/v1/sessions/{id}/amendments", id);

		JsonNode after = api.get("/api/v1/sessions/{id}", id).json();
		assertThat(after.get("amendments")).hasSize(2);
		assertThat(after.get("amendments").get(0).get("text").asString()).isEqualTo("Pain after was 3, not 2");
		assertThat(after.get("painAfter").asInt()).isEqualTo(2);
		assertThat(after.get("note")).isEqualTo(signed.get("note"));
		assertThat(after.get("signedAt")).isEqualTo(signed.get("signedAt"));
	}

	@Test
	void theListPagesNewestFirstWithACursor() throws Exception {
		UUID fresh = jdbc.sql("select id from client where clinic_id = ? order by created_at desc, id limit 1")
			.param(demo.clinicOf(DemoAccounts.THERAPIST)).query(UUID.class).single();
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			made.add(api.newSession(fresh));
			Thread.sleep(3);
		}
		api.release(made.get(4), "k", RELEASE_EXAMPLE);
		Answer first = api.get("/api/v1/clients/{id}/sessions?limit=2", fresh);
		assertThat(first.status()).isEqualTo(200);
		JsonNode top = first.json().get("items").get(0);
		assertThat(top.get("id").asString()).isEqualTo(made.get(4));
		assertThat(top.get("releaseCount").asInt()).isEqualTo(1);
		assertThat(top.get("painBefore").asInt()).isEqualTo(6);
		assertThat(top.get("status").asString()).isEqualTo("draft");
		assertThat(top.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(top.has("painAfter")).isTrue();

		List<String> seen = new ArrayList<>();
		Answer page = first;
		while (true) {
			page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
			if (page.json().get("next").isNull()) {
				break;
			}
			page = api.get("/api/v1/clients/{id}/sessions?limit=2&before={c}", fresh, page.text("next"));
		}
		java.util.Collections.reverse(made);
		assertThat(seen.subList(0, 5)).containsExactlyElementsOf(made);
		assertThat(api.get("/api/v1/clients/{id}/sessions?limit=0", fresh).status()).isEqualTo(422);
		assertThat(api.get("/api/v1/clients/{id}/sessions?before=nonsense", fresh).status()).isEqualTo(422);
	}

	@Test
	void aSessionEnteredInErrorLeavesTheListButIsNeverDeleted() throws Exception {
		UUID fresh = new TreatmentSessionsFixture(mvc).newClient();
		String kept = api.newSession(fresh);
		UUID wrong = new TreatmentSessionsFixture(mvc).signedSession(fresh);
		assertThat(fields(api.post("{}", "/api/v1/sessions/{id}/entered-in-error", wrong))).contains("reason");
		Answer marked = api.post("{\"reason\": \"Written on the wrong client\"}", "/api/v1/sessions/{id}/entered-in-error", wrong);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("enteredInError").asBoolean()).isTrue();

		JsonNode list = api.get("/api/v1/clients/{id}/sessions", fresh).json().get("items");
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asString()).isEqualTo(kept);
		assertThat(api.get("/api/v1/sessions/{id}", wrong).json().get("status").asString()).isEqualTo("signed");
		assertThat(api.get("/api/v1/clients/{id}/fhir", fresh).response().getContentAsString()).contains("entered-in-error");
		assertThat(jdbc.sql("select count(*) from treatment_session where id = ?").param(wrong).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aPatchMayBeSentAsMergePatchJson() throws Exception {
		String id = api.newSession(client);
		int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch("/api/v1/sessions/{id}", id).contentType("application/merge-patch+json").content("{\"painAfter\": 4}")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		assertThat(api.get("/api/v1/sessions/{id}", id).json().get("painAfter").asInt()).isEqualTo(4);
	}

	@Test
	void aCheckInMayBeEmpty() throws Exception {
		Answer answer = api.post("", "/api/v1/clients/{id}/sessions", client);
		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.text("status")).isEqualTo("draft");
	}

	@Test
	void everyViewAndChangeIsAudited() throws Exception {
		long before = demo.auditCount(client, "VIEW") + demo.auditCount(client, "CREATE") + demo.auditCount(client, "SIGN");
		String id = api.newSession(client);
		api.get("/api/v1/sessions/{id}", id);
		api.patch("{\"painAfter\": 1}", "/api/v1/sessions/{id}", id);
		api.post("", "/api/v1/sessions/{id}/sign", id);
		assertThat(demo.auditCount(client, "VIEW") + demo.auditCount(client, "CREATE") + demo.auditCount(client, "SIGN"))
			.isEqualTo(before + 3);
		assertThat(demo.auditCount(client, "UPDATE")).isPositive();
	}
}
