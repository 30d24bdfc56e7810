package app.quadratus.clients;

import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import app.quadratus.testing.WebTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search unions three indexed ways of matching (family name, given name, email) and pages them; the
 * pages must still read as one list in name order, with each client once.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientSearchTest {

	@Autowired
	MockMvc mvc;

	private final List<String> expected = new ArrayList<>();

	private final String[][] people = { { "Quentin", "Quorley", "q1@example.org" }, { "Quincy", "Adams", "quincy.adams@example.org" },
			{ "Zed", "Quorley", "quorley.z@example.org" }, { "Quinn", "Quimby", null }, { "Ann", "Zephyr", "quill@example.org" },
			{ "Quentin", "Quimby", "quentin@example.org" }, { "Bob", "Quaile", "bob@example.org" } };

	@BeforeAll
	void clientsWhoseNamesAndEmailsStartAlike() throws Exception {
		for (String[] p : people) {
			mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"givenName\":\"" + p[0] + "\",\"familyName\":\"" + p[1] + "\",\"dateOfBirth\":\"1980-01-01\""
						+ (p[2] == null ? "" : ",\"email\":\"" + p[2] + "\"") + "}"));
			expected.add(p[1] + ", " + p[0]);
		}
		expected.sort(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)));
	}

	@Test
	void pagesOfTheUnionReadAsOneListInNameOrderWithEachClientOnce() throws Exception {
		List<String> seen = new ArrayList<>();
		for (int offset = 0; offset < 10; offset += 2) {
			String json = mvc.perform(get("/api/v1/clients").param("q", "qu").param("limit", "2")
				.param("offset", String.valueOf(offset)).with(httpBasic(THERAPIST, PASSWORD)))
				.andReturn().getResponse().getContentAsString();
			List<String> family = JsonPath.read(json, "$.items[*].familyName");
			List<String> given = JsonPath.read(json, "$.items[*].givenName");
			for (int i = 0; i < family.size(); i++) {
				seen.add(family.get(i) + ", " + given.get(i));
			}
			assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(expected.size());
		}
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void aSurnameAndFirstNameTogetherNarrowToOnePerson() throws Exception {
		String json = mvc.perform(get("/api/v1/clients").param("q", "quentin quim").with(httpBasic(THERAPIST, PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(json, "$.items[*].familyName")).containsExactly("Quimby");
	}

	@Test
	void theListCountsUpToItsCapAndSaysSo() throws Exception {
		var session = app.quadratus.testing.DemoAccounts.signIn(mvc, THERAPIST);
		String page = mvc.perform(get("/clients").param("q", "qu").session(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(expected.size() + " clients");
	}

	/**
	 * Up to three characters a given name or email is matched through its first-characters column (V53),
	 * longer through the column itself; either way the same clients, in name order.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "QU", "qui", "quo", "q1", "quen", "quincy", "quill", "quorley.z", "zed", "zep" })
	void eachPrefixFindsEveryClientWhoseNameOrEmailStartsWithIt(String prefix) throws Exception {
		String start = prefix.toLowerCase(Locale.ROOT);
		List<String> matching = new ArrayList<>();
		for (String[] p : people) {
			if (p[0].toLowerCase(Locale.ROOT).startsWith(start) || p[1].toLowerCase(Locale.ROOT).startsWith(start)
					|| (p[2] != null && p[2].startsWith(start))) {
				matching.add(p[1] + ", " + p[0]);
			}
		}
		matching.sort(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)));
		String json = mvc.perform(get("/api/v1/clients").param("q", prefix).param("limit", "100")
			.with(httpBasic(THERAPIST, PASSWORD))).andReturn().getResponse().getContentAsString();
		List<String> family = JsonPath.read(json, "$.items[*].familyName");
		List<String> given = JsonPath.read(json, "$.items[*].givenName");
		List<String> found = new ArrayList<>();
		for (int i = 0; i < family.size(); i++) {
			found.add(family.get(i) + ", " + given.get(i));
		}
		// other tests may add clients to the demo clinic: ours must all be there, in order
		assertThat(found.stream().filter(matching::contains).toList()).as("q=%s", prefix).containsExactlyElementsOf(matching);
		assertThat(found).as("q=%s, in name order", prefix).isSortedAccordingTo(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)));
	}
}
