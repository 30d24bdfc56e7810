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
			"/outcomes/q/{token}", "/outcomes/q/{token}/answers", "/outcomes/q/{token}/finish", "/feeds/{secret}.ics",
			"/reminders/unsubscribe/{token}", "/login/link/{token}",
			// A clinic's public booking pages: any clinic's id is meant to open its own page (nothing of a record).
			"/book/{clinicId}", "/book/{clinicId}/slots", "/book/{clinicId}/confirm", "/book/{clinicId}/sign-in",
			"/book/{clinicId}/register", "/book/manage/{secret}", "/book/manage/{secret}/cancel",
			"/book/manage/{secret}/move", "/book/offer/{secret}");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private MockHttpSession owner;

	/** The demo clinic's client account (Claire), for the portal's endpoints. */
	private MockHttpSession client;

	private Ids theirs;

	private UUID theirAssignment;

	private UUID theirResponse;

	private UUID ourClient;

	private String theirPlan;

	private String theirSession;

	private static final String PLAN = """
			{"goals": [{"kind": "activity", "activity": "Sit for an hour", "baseline": 3, "target": 8}], "basedOnVersion": 1}""";

	private static final String RELEASE = """
			{"muscle": "piriformis", "side": "right", "pressure": 6, "holdSeconds": 45, "referredPainBefore": 7,
			 "referredPainAfter": 3, "outcome": "released"}""";
	private UUID theirProgramme;

	private String theirExercise;
	private UUID theirAppointment;

	private MockHttpSession hirer;

	private UUID theirHire;

	record Ids(UUID client, UUID room, UUID staff, UUID consent, UUID assessment) {
	}

	@BeforeEach
	void signIn() throws Exception {
		owner = DemoAccounts.signIn(mvc, OWNER);
		client = DemoAccounts.signIn(mvc, DemoAccounts.CLIENT);
		theirs = new Ids(demo.aClientOf(OTHER_CLINIC), demo.aRoomOf(OTHER_CLINIC), demo.accountId(OTHER_CLINIC),
				demo.aConsentOf(OTHER_CLINIC), demo.anAssessmentOf(OTHER_CLINIC));
		theirAssignment = demo.anOutcomeAssignmentOf(OTHER_CLINIC);
		theirResponse = demo.anOutcomeResponseOf(OTHER_CLINIC);
		ourClient = demo.aClientOf(OWNER);
		theirAppointment = demo.anAppointmentOf(OTHER_CLINIC);
		hirer = DemoAccounts.signIn(mvc, "hirer@norwich.demo");
		theirHire = demo.aRoomHireOf(OTHER_CLINIC);
		theirProgramme = demo.aProgrammeOf(OTHER_CLINIC);
		theirExercise = demo.anOwnExerciseOf(OTHER_CLINIC);
		theirPlan = created(MockMvcRequestBuilders.post("/api/v1/clients/{id}/plans", theirs.client()).content(PLAN));
		theirSession = created(MockMvcRequestBuilders.post("/api/v1/clients/{id}/sessions", theirs.client())
			.content("{\"painBefore\": 5}"));
	}


	private UUID theirType() {
		return jdbc.sql("select id from appointment_type where clinic_id = ? order by name limit 1")
			.param(demo.clinicOf(OTHER_CLINIC)).query(UUID.class).single();
	}

	/** A plan or session made by the other clinic through the API; its id. */
	private String created(MockHttpServletRequestBuilder request) throws Exception {
		String json = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		return json.replaceFirst("^\\{\"id\":\"([^\"]+)\".*$", "$1");
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
		e.put("POST /clients/{id}/assessments/{assessmentId}/entered-in-error", ids -> page(HttpMethod.POST,
				"/clients/{id}/assessments/{assessmentId}/entered-in-error", ids.client(), ids.assessment())
			.param("reason", "Taken over"));
		e.put("GET /clients/{id}/assessments/{assessmentId}/referral.pdf", ids -> page(HttpMethod.GET,
				"/clients/{id}/assessments/{assessmentId}/referral.pdf", ids.client(), ids.assessment()));
		e.put("GET /clinic/rooms/{id}", ids -> page(HttpMethod.GET, "/clinic/rooms/{id}", ids.room()));
		e.put("POST /clinic/rooms/{id}", ids -> page(HttpMethod.POST, "/clinic/rooms/{id}", ids.room()).param("name", "Mine"));
		e.put("POST /staff/{id}", ids -> page(HttpMethod.POST, "/staff/{id}", ids.staff())
			.param("displayName", "Taken").param("role", "THERAPIST").param("enabled", "true"));
		e.put("POST /staff/{id}/unlock", ids -> page(HttpMethod.POST, "/staff/{id}/unlock", ids.staff()));
		e.put("POST /staff/{id}/two-step/reset", ids -> page(HttpMethod.POST, "/staff/{id}/two-step/reset", ids.staff()));
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
		e.put("POST /api/v1/clients/{clientId}/plans", ids -> json(HttpMethod.POST, "/api/v1/clients/{id}/plans", PLAN,
				ids.client()));
		e.put("GET /api/v1/plans/{id}", ids -> api(HttpMethod.GET, "/api/v1/plans/{id}", theirPlan));
		e.put("PUT /api/v1/plans/{id}", ids -> json(HttpMethod.PUT, "/api/v1/plans/{id}", PLAN, theirPlan));
		e.put("POST /api/v1/plans/{id}/agreement", ids -> json(HttpMethod.POST, "/api/v1/plans/{id}/agreement",
				"{\"version\": 1, \"agreedBy\": \"Taken Over\", \"method\": \"in-clinic\"}", theirPlan));
		e.put("POST /api/v1/clients/{clientId}/sessions", ids -> json(HttpMethod.POST, "/api/v1/clients/{id}/sessions",
				"{\"painBefore\": 5}", ids.client()));
		e.put("POST /api/v1/clients/{clientId}/sessions (our client, their plan)", ids -> json(HttpMethod.POST,
				"/api/v1/clients/{id}/sessions", "{\"planId\": \"" + theirPlan + "\"}", ourClient));
		e.put("GET /api/v1/clients/{clientId}/sessions", ids -> api(HttpMethod.GET, "/api/v1/clients/{id}/sessions",
				ids.client()));
		e.put("GET /api/v1/sessions/{id}", ids -> api(HttpMethod.GET, "/api/v1/sessions/{id}", theirSession));
		e.put("PATCH /api/v1/sessions/{id}", ids -> json(HttpMethod.PATCH, "/api/v1/sessions/{id}", "{\"painAfter\": 1}",
				theirSession));
		e.put("POST /api/v1/sessions/{id}/releases", ids -> json(HttpMethod.POST, "/api/v1/sessions/{id}/releases", RELEASE,
				theirSession).header("Idempotency-Key", "taken-over"));
		e.put("POST /api/v1/sessions/{id}/sign", ids -> api(HttpMethod.POST, "/api/v1/sessions/{id}/sign", theirSession));
		e.put("POST /api/v1/sessions/{id}/entered-in-error", ids -> json(HttpMethod.POST,
				"/api/v1/sessions/{id}/entered-in-error", "{\"reason\": \"Taken over\"}", theirSession));
		e.put("POST /api/v1/sessions/{id}/amendments", ids -> json(HttpMethod.POST, "/api/v1/sessions/{id}/amendments",
				"{\"reason\": \"Taken over\"}", theirSession));
		treatmentPages(e);
		e.put("GET /api/v1/exercises/{id}", ids -> api(HttpMethod.GET, "/api/v1/exercises/{id}", theirExercise));
		e.put("POST /api/v1/clients/{clientId}/programmes", ids -> api(HttpMethod.POST, "/api/v1/clients/{id}/programmes",
				ids.client()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2026-12-03\", \"exercises\": [{\"exerciseId\": \"cat_cow\"}]}"));
		e.put("GET /api/v1/programmes/{id}", ids -> api(HttpMethod.GET, "/api/v1/programmes/{id}", theirProgramme));
		e.put("GET /api/v1/clients/{clientId}/adherence", ids -> api(HttpMethod.GET,
				"/api/v1/clients/{id}/adherence?from=2026-12-01&to=2026-12-14", ids.client()));
		e.put("GET /clients/{id}/homework/new", ids -> page(HttpMethod.GET, "/clients/{id}/homework/new", ids.client()));
		e.put("POST /clients/{id}/homework", ids -> page(HttpMethod.POST, "/clients/{id}/homework", ids.client())
			.param("startsOn", "2026-12-03").param("rows[0].exerciseId", "cat_cow").param("rows[0].give", "true"));
		e.put("POST /clients/{id}/homework/clearance", ids -> page(HttpMethod.POST, "/clients/{id}/homework/clearance",
				ids.client()).param("note", "Cleared by their GP"));
		e.put("GET /clients/{id}/homework/{programmeId}", ids -> page(HttpMethod.GET, "/clients/{id}/homework/{p}",
				ids.client(), theirProgramme));
		e.put("GET /clients/{id}/homework/{programmeId} (our client)", ids -> page(HttpMethod.GET,
				"/clients/{id}/homework/{p}", ourClient, theirProgramme));
		e.put("GET /clients/{id}/homework/{programmeId}/handout.pdf", ids -> page(HttpMethod.GET,
				"/clients/{id}/homework/{p}/handout.pdf", ids.client(), theirProgramme));
		e.put("GET /homework/exercises/{exerciseId}/figure.svg", ids -> page(HttpMethod.GET,
				"/homework/exercises/{e}/figure.svg", theirExercise));
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
		portalPages(e);
		careTeamPages(e);
		return e;
	}

	/** The client's portal (as the demo clinic's client account) and inviting a client to it (as the owner). */
	private void portalPages(Map<String, Function<Ids, MockHttpServletRequestBuilder>> e) {
		e.put("POST /clients/{id}/portal-invitation", ids -> page(HttpMethod.POST, "/clients/{id}/portal-invitation",
				ids.client()));
		e.put("POST /portal/plan/{planId}/agreement", ids -> asClient("/portal/plan/{p}/agreement", theirPlan)
			.param("version", "1").param("typedName", "Claire Demo"));
		e.put("POST /portal/questionnaires/{assignmentId}", ids -> asClient("/portal/questionnaires/{a}", theirAssignment));
		e.put("POST /portal/consents/{consentId}/withdraw", ids -> asClient("/portal/consents/{c}/withdraw", ids.consent()));
		// The intake has no record id in its addresses (always the client's own); an id where a step or a
		// measure goes is "not found".
		e.put("GET /portal/intake/{stepId}", ids -> MockMvcRequestBuilders.get("/portal/intake/{s}", ids.client())
			.session(client));
		e.put("POST /portal/intake/{stepId}", ids -> asClient("/portal/intake/{s}", ids.client()));
		e.put("POST /portal/intake/questionnaires/{measure}", ids -> asClient("/portal/intake/questionnaires/{m}",
				ids.client()));
		e.put("POST /clients/{id}/sessions/{sessionId}/shared-summary", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/shared-summary", ids.client(), theirSession).param("summary", "Taken"));
		e.put("POST /clients/{id}/sessions/{sessionId}/shared-summary (our client)", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/shared-summary", ourClient, theirSession).param("summary", "Taken"));
		e.put("POST /record-requests/{id}/decision", ids -> page(HttpMethod.POST, "/record-requests/{id}/decision",
				theirRecordRequest(ids.client())).param("approve", "true").param("reason", "Taken"));
	}

	/** A record request of the other clinic's client (the portal has no API to make one as another clinic). */
	private UUID theirRecordRequest(UUID theirClient) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into record_access_request (id, clinic_id, client_id, requested_at)
				select ?, clinic_id, id, current_timestamp from client where id = ?""").params(id, theirClient).update();
		return id;
	}

	/**
	 * The care team: staff pages with the other clinic's client or share; Claire withdrawing the other
	 * clinic's share; the GP (a partner of Norwich only) opening or writing through the other clinic's share.
	 */
	private void careTeamPages(Map<String, Function<Ids, MockHttpServletRequestBuilder>> e) {
		UUID theirShare = demo.aCareShareOf(OTHER_CLINIC);
		e.put("GET /clients/{clientId}/care-team", ids -> page(HttpMethod.GET, "/clients/{id}/care-team", ids.client()));
		e.put("POST /clients/{clientId}/care-team", ids -> page(HttpMethod.POST, "/clients/{id}/care-team", ids.client())
			.param("partnerName", "Jo").param("partnerEmail", "jo@example.org").param("kind", "PILATES")
			.param("parts", "GOALS").param("purpose", "Classes").param("startsOn", "2026-01-01"));
		e.put("POST /clients/{clientId}/care-team/{shareId}/withdraw", ids -> page(HttpMethod.POST,
				"/clients/{id}/care-team/{s}/withdraw", ourClient, theirShare));
		e.put("POST /clients/{clientId}/care-team/letters", ids -> page(HttpMethod.POST, "/clients/{id}/care-team/letters",
				ids.client()).param("kind", "GP").param("recipient", "Dr Kerr").param("consent", "true"));
		e.put("POST /portal/care-team/{shareId}/withdraw", ids -> asClient("/portal/care-team/{s}/withdraw", theirShare));
		e.put("GET /partner/clients/{shareId}", ids -> {
			try {
				return MockMvcRequestBuilders.get("/partner/clients/{s}", theirShare)
					.session(DemoAccounts.signIn(mvc, "gp@norwich.demo"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		e.put("POST /partner/clients/{shareId}/notes", ids -> {
			try {
				return MockMvcRequestBuilders.post("/partner/clients/{s}/notes", theirShare).param("body", "Hello")
					.session(DemoAccounts.signIn(mvc, "gp@norwich.demo")).with(csrf());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private MockHttpServletRequestBuilder asClient(String path, Object... ids) {
		return MockMvcRequestBuilders.post(path, ids).session(client).with(csrf());
	}

	private MockHttpServletRequestBuilder json(HttpMethod method, String path, String body, Object... ids) {
		return api(method, path, ids).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** The treatment pages (plans, agreement, sessions, session mode's log, PDFs, timeline). */
	private void treatmentPages(Map<String, Function<Ids, MockHttpServletRequestBuilder>> e) {
		e.put("GET /clients/{id}/plans/new", ids -> page(HttpMethod.GET, "/clients/{id}/plans/new", ids.client()));
		e.put("POST /clients/{id}/plans", ids -> page(HttpMethod.POST, "/clients/{id}/plans", ids.client())
			.param("goals[0].kind", "free").param("goals[0].words", "Walk").param("goals[0].by", "2027-01-01"));
		e.put("GET /clients/{id}/plans/{planId}", ids -> page(HttpMethod.GET, "/clients/{id}/plans/{p}", ids.client(), theirPlan));
		e.put("GET /clients/{id}/plans/{planId} (our client)", ids -> page(HttpMethod.GET, "/clients/{id}/plans/{p}", ourClient, theirPlan));
		e.put("GET /clients/{id}/plans/{planId}/revise", ids -> page(HttpMethod.GET, "/clients/{id}/plans/{p}/revise",
				ids.client(), theirPlan));
		e.put("POST /clients/{id}/plans/{planId}", ids -> page(HttpMethod.POST, "/clients/{id}/plans/{p}", ids.client(), theirPlan)
			.param("basedOnVersion", "1").param("goals[0].kind", "free").param("goals[0].words", "Taken")
			.param("goals[0].by", "2027-01-01"));
		e.put("POST /clients/{id}/plans/{planId}/hand-over", ids -> page(HttpMethod.POST, "/clients/{id}/plans/{p}/hand-over",
				ids.client(), theirPlan));
		e.put("GET /clients/{id}/plans/{planId}/agreement", ids -> page(HttpMethod.GET, "/clients/{id}/plans/{p}/agreement",
				ids.client(), theirPlan));
		e.put("POST /clients/{id}/plans/{planId}/agreement", ids -> page(HttpMethod.POST, "/clients/{id}/plans/{p}/agreement",
				ids.client(), theirPlan).param("version", "1").param("agreedBy", "Someone Else"));
		e.put("GET /clients/{id}/plans/{planId}/agreement/done", ids -> page(HttpMethod.GET,
				"/clients/{id}/plans/{p}/agreement/done", ids.client(), theirPlan));
		e.put("GET /clients/{id}/plans/{planId}/plan.pdf", ids -> page(HttpMethod.GET, "/clients/{id}/plans/{p}/plan.pdf",
				ids.client(), theirPlan));
		e.put("GET /clients/{id}/sessions/new", ids -> page(HttpMethod.GET, "/clients/{id}/sessions/new", ids.client()));
		e.put("POST /clients/{id}/sessions", ids -> page(HttpMethod.POST, "/clients/{id}/sessions", ids.client())
			.param("painBefore", "5"));
		e.put("GET /clients/{id}/sessions/{sessionId}", ids -> page(HttpMethod.GET, "/clients/{id}/sessions/{s}",
				ids.client(), theirSession));
		e.put("GET /clients/{id}/sessions/{sessionId} (our client)", ids -> page(HttpMethod.GET, "/clients/{id}/sessions/{s}",
				ourClient, theirSession));
		e.put("GET /clients/{id}/sessions/{sessionId}/finish", ids -> page(HttpMethod.GET, "/clients/{id}/sessions/{s}/finish",
				ids.client(), theirSession));
		e.put("POST /clients/{id}/sessions/{sessionId}/sign", ids -> page(HttpMethod.POST, "/clients/{id}/sessions/{s}/sign",
				ids.client(), theirSession).param("painAfter", "2"));
		e.put("POST /clients/{id}/sessions/{sessionId}/amendments", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/amendments", ids.client(), theirSession).param("reason", "Taken"));
		e.put("GET /clients/{id}/sessions/{sessionId}/releases", ids -> page(HttpMethod.GET,
				"/clients/{id}/sessions/{s}/releases", ids.client(), theirSession));
		e.put("POST /clients/{id}/sessions/{sessionId}/releases", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/releases", ids.client(), theirSession).header("Idempotency-Key", "isolation")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"muscle": "piriformis", "side": "right", "pressure": 6, "holdSeconds": 45,
					 "referredPainBefore": 7, "referredPainAfter": 3, "outcome": "released"}"""));
		e.put("POST /clients/{id}/sessions/{sessionId}/releases (our client)", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/releases", ourClient, theirSession).header("Idempotency-Key", "isolation-2")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"muscle": "piriformis", "side": "right", "pressure": 6, "holdSeconds": 45,
					 "referredPainBefore": 7, "referredPainAfter": 3, "outcome": "released"}"""));
		e.put("POST /clients/{id}/sessions/{sessionId}/regions", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/regions", ids.client(), theirSession).header("Idempotency-Key", "isolation")
			.contentType(MediaType.APPLICATION_JSON).content("{\"region\": \"lower_buttock\", \"side\": \"left\", \"treated\": true}"));
		e.put("POST /clients/{id}/sessions/{sessionId}/regions (our client)", ids -> page(HttpMethod.POST,
				"/clients/{id}/sessions/{s}/regions", ourClient, theirSession).header("Idempotency-Key", "isolation-2")
			.contentType(MediaType.APPLICATION_JSON).content("{\"region\": \"lower_buttock\", \"side\": \"left\", \"treated\": true}"));
		e.put("GET /clients/{id}/sessions/{sessionId}/summary.pdf", ids -> page(HttpMethod.GET,
				"/clients/{id}/sessions/{s}/summary.pdf", ids.client(), theirSession));
		e.put("GET /clients/{id}/timeline", ids -> page(HttpMethod.GET, "/clients/{id}/timeline", ids.client()));
		// Our client, signed in, cannot book or wait at another clinic through its public page.
		e.put("POST /book/{clinicId}/confirm", ids -> asClient("/book/{c}/confirm", demo.clinicOf(OTHER_CLINIC))
			.param("type", UUID.randomUUID().toString()).param("therapist", ids.staff().toString())
			.param("start", "2030-01-07T09:00:00Z"));
		e.put("POST /book/{clinicId}/waitlist", ids -> asClient("/book/{c}/waitlist", demo.clinicOf(OTHER_CLINIC))
			.param("type", UUID.randomUUID().toString()).param("day", "2030-01-07"));
		e.put("POST /settings/appointment-types/{id}", ids -> page(HttpMethod.POST, "/settings/appointment-types/{id}",
				theirType()).param("name", "Hijacked").param("durationMinutes", "30").param("bufferMinutes", "0"));
		e.put("GET /settings/working-hours/{therapistId}", ids -> page(HttpMethod.GET, "/settings/working-hours/{t}", ids.staff()));
		e.put("POST /settings/working-hours/{therapistId}", ids -> page(HttpMethod.POST, "/settings/working-hours/{t}",
				ids.staff()).param("MONDAY.1.from", "09:00").param("MONDAY.1.to", "10:00"));
		e.put("POST /settings/working-hours/{therapistId}/time-off", ids -> page(HttpMethod.POST,
				"/settings/working-hours/{t}/time-off", ids.staff()).param("from", "2030-01-07T09:00").param("to", "2030-01-07T17:00"));
		e.put("POST /settings/working-hours/{therapistId}/time-off/{timeOffId}/remove", ids -> page(HttpMethod.POST,
				"/settings/working-hours/{t}/time-off/{o}/remove", ids.staff(), UUID.randomUUID()));
		e.put("GET /book/{clinicId}/waitlist", ids -> MockMvcRequestBuilders.get("/book/{c}/waitlist", demo.clinicOf(OTHER_CLINIC))
			.session(client).param("type", UUID.randomUUID().toString()).param("day", "2030-01-07"));
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
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/sessions/{id}", theirSession).with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("\"status\":\"draft\"",
					"\"painAfter\":null", "\"releases\":[]", "\"amendments\":[]", "\"enteredInError\":false"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/plans/{id}", theirPlan).with(httpBasic(OTHER_CLINIC, PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("\"version\":1",
					"\"status\":\"awaiting-agreement\""));
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
