package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation the API describes at /v3/api-docs and calls it, as a therapist, with malformed,
 * oversized and boundary values in each path and query parameter and in each body field. Any 5xx fails
 * the test, naming the operation and the input. A new endpoint is walked without anyone adding it here.
 */
@WebTest
class ApiWalkTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LONG = "x".repeat(20_000);

	/** What a query or path parameter can be sent as, whatever it is declared to be. */
	private static final List<String> HOSTILE_VALUES = List.of("", " ", "abc", "-1", "0", "-2147483648", "2147483647",
			"2147483648", "99999999999999999999", "1e400", "NaN", "\uFFFF", "smi\uFFFF", "\u0000", "\u0007bell", "%",
			"' or 1=1 --", "../../etc/passwd", LONG, UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
			"not-a-uuid", "true", "null");

	/** Whole bodies that are not what any operation takes. */
	private static final List<String> HOSTILE_BODIES = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{}",
			"{\"a\":}", "\uFEFF{}", "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
			"{\"x\":\"" + "y".repeat(300 * 1024) + "\"}");

	/** Replacement values for one field of an otherwise plausible body. */
	private static final List<String> HOSTILE_FIELD_VALUES = List.of("null", "\"\"", "\"\\uffff\"", "\"smi\\uffff\"",
			"\"\\u0000\"", "\"\\u0001name\"", "\"" + LONG + "\"", "-1", "0", "2147483648", "99999999999999999999999",
			"1e400", "-1e400", "1.5", "true", "[]", "{}", "[null]", "{\"nested\":{\"deeper\":[1,2,3]}}",
			"\"" + UUID.randomUUID() + "\"", "\"1889-01-01\"", "\"9999-12-31\"", "\"0000-00-00\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoData demo;

	@Autowired
	UserDetailsService users;

	private UserDetails therapist;

	private JsonNode docs;

	@BeforeEach
	void readTheDescription() throws Exception {
		therapist = users.loadUserByUsername(THERAPIST);
		// Signed in both ways, so the walk works whether the description needs a session or HTTP Basic.
		String body = mvc.perform(get("/v3/api-docs").session(DemoAccounts.signIn(mvc, THERAPIST))
			.with(httpBasic(THERAPIST, PASSWORD))).andReturn().getResponse().getContentAsString();
		docs = JSON.readTree(body);
	}

	@Test
	void theDescriptionListsTheApi() {
		assertThat(operations()).as("operations described").hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void noInputMakesAnyOperationFail() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Operation operation : operations()) {
			Map<String, String> plausible = plausibleParameters(operation);
			call(operation, plausible, plausibleBody(operation), failures, "plausible values");
			for (JsonNode parameter : operation.parameters()) {
				String name = parameter.path("name").asString();
				for (String value : HOSTILE_VALUES) {
					Map<String, String> values = new LinkedHashMap<>(plausible);
					values.put(name, value);
					call(operation, values, plausibleBody(operation), failures, name + "=" + shorten(value));
				}
			}
			if (operation.hasBody()) {
				for (String body : HOSTILE_BODIES) {
					call(operation, plausible, body, failures, "body " + shorten(body));
				}
				ObjectNode sample = sampleOf(operation.bodySchema());
				for (String field : sample.propertyNames()) {
					for (String value : HOSTILE_FIELD_VALUES) {
						ObjectNode body = sample.deepCopy();
						body.set(field, JSON.readTree(value));
						call(operation, plausible, body.toString(), failures, "body field " + field + "=" + shorten(value));
					}
				}
			}
		}
		assertThat(failures).as("requests answered with a 5xx").isEmpty();
	}

	private void call(Operation operation, Map<String, String> parameters, String body, List<String> failures,
			String input) throws Exception {
		String path = operation.path();
		MockHttpServletRequestBuilder request;
		List<Object> pathValues = new ArrayList<>();
		for (JsonNode parameter : operation.parameters()) {
			if (parameter.path("in").asString().equals("path")) {
				String name = parameter.path("name").asString();
				path = path.replace("{" + name + "}", "{" + pathValues.size() + "}");
				pathValues.add(parameters.get(name));
			}
		}
		for (int i = 0; i < pathValues.size(); i++) {
			path = path.replace("{" + i + "}", "{p" + i + "}");
		}
		request = MockMvcRequestBuilders.request(HttpMethod.valueOf(operation.method()), path, pathValues.toArray())
			.with(user(therapist));
		for (JsonNode parameter : operation.parameters()) {
			if (parameter.path("in").asString().equals("query")) {
				String name = parameter.path("name").asString();
				request.param(name, parameters.get(name));
			}
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		if (status >= 500) {
			failures.add(operation.method() + " " + operation.path() + " with " + input + " -> " + status);
		}
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (var path : docs.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(), docs));
			}
		}
		return operations;
	}

	/** Values the operation could accept: real ids of the therapist's clinic, known instruments. */
	private Map<String, String> plausibleParameters(Operation operation) {
		Map<String, String> values = new LinkedHashMap<>();
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.path("name").asString();
			JsonNode schema = operation.resolve(parameter.path("schema"));
			String type = schema.path("type").asString();
			String format = schema.path("format").asString();
			String value;
			if (name.equals("instrument")) {
				value = "nprs";
			}
			else if (format.equals("uuid")) {
				value = demo.aClientOf(THERAPIST).toString();
			}
			else if (type.equals("integer")) {
				value = schema.has("default") ? schema.path("default").asString() : "1";
			}
			else if (type.equals("boolean")) {
				value = "false";
			}
			else {
				value = "a";
			}
			values.put(name, value);
		}
		return values;
	}

	private String plausibleBody(Operation operation) {
		return operation.hasBody() ? sampleOf(operation.bodySchema()).toString() : null;
	}

	/** An object with every described property set to a value of its type. */
	private ObjectNode sampleOf(JsonNode schema) {
		ObjectNode sample = JSON.createObjectNode();
		JsonNode resolved = resolve(schema);
		for (var property : resolved.path("properties").properties()) {
			JsonNode type = resolve(property.getValue());
			String format = type.path("format").asString();
			switch (type.path("type").asString()) {
				case "integer", "number" -> sample.put(property.getKey(), 1);
				case "boolean" -> sample.put(property.getKey(), false);
				case "array" -> sample.putArray(property.getKey());
				case "object" -> sample.putObject(property.getKey());
				default -> sample.put(property.getKey(), format.equals("date") ? "1980-02-03"
						: format.equals("uuid") ? UUID.randomUUID().toString() : "Sample");
			}
		}
		return sample;
	}

	private JsonNode resolve(JsonNode schema) {
		return Operation.resolve(schema, docs);
	}

	private static String shorten(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "...(" + value.length() + " chars)" : printable;
	}

	private record Operation(String method, String path, JsonNode node, JsonNode docs) {

		List<JsonNode> parameters() {
			List<JsonNode> parameters = new ArrayList<>();
			node.path("parameters").forEach(parameters::add);
			return parameters;
		}

		boolean hasBody() {
			return node.has("requestBody");
		}

		JsonNode bodySchema() {
			JsonNode content = node.path("requestBody").path("content");
			JsonNode json = content.has("application/json") ? content.path("application/json") : content.iterator().next();
			return json.path("schema");
		}

		JsonNode resolve(JsonNode schema) {
			return resolve(schema, docs);
		}

		static JsonNode resolve(JsonNode schema, JsonNode docs) {
			String ref = schema.path("$ref").asString("");
			if (ref.startsWith("#/components/schemas/")) {
				return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
			}
			return schema;
		}
	}
}
