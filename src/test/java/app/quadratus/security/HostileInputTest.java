package app.quadratus.security;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static app.quadratus.testing.DemoAccounts.PASSWORD;
import static app.quadratus.testing.DemoAccounts.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Input built to hurt: each is answered as bad input (4xx or a sane page), never with a 5xx. */
@WebTest
class HostileInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsParsed() throws Exception {
		String huge = "{\"givenName\":\"" + "a".repeat(300 * 1024) + "\"}";
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(huge))
			.andExpect(status().is(413))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413));
	}

	@Test
	void aChunkedBodyOverTheLimitIsStoppedWhileItIsRead() throws Exception {
		String huge = "{\"painRegions\":[" + IntStream.range(0, 40_000).mapToObj(i -> "{\"region\":\"lower_lumbar\"}")
			.collect(Collectors.joining(",")) + "]}";
		mvc.perform(post("/api/v1/screening/evaluate").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(huge).with(chunked()))
			.andExpect(status().is(413))
			.andExpect(jsonPath("$.title").value("Content Too Large"));
	}

	@Test
	void aBodyNamingThousandsOfBadFieldsGetsAShortProblemQuickly() throws Exception {
		String body = "{\"age\":40,\"redFlags\":{" + IntStream.range(0, 8_000).mapToObj(i -> "\"no_such_flag_" + i + "\":\"YES\"")
			.collect(Collectors.joining(",")) + "}}";
		long started = System.nanoTime();
		String detail = mvc.perform(post("/api/v1/screening/evaluate").with(httpBasic(THERAPIST, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(8_000))
			.andExpect(jsonPath("$.detail", endsWith("and 7990 more")))
			.andReturn().getResponse().getContentAsString();
		assertThat(detail.length()).isLessThan(body.length() * 3);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
	}

	@Test
	void pagingOutOfRangeIsAProblemOnTheApiAndASanePageOnScreen() throws Exception {
		for (String[] bad : new String[][] { { "limit", "0" }, { "limit", "101" }, { "limit", "-5" }, { "offset", "-1" }, { "offset", "2147483647" },
				{ "limit", "99999999999" }, { "offset", "abc" } }) {
			mvc.perform(get("/api/v1/clients").param(bad[0], bad[1]).with(httpBasic(THERAPIST, PASSWORD)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.field").value(bad[0]));
		}
		MockHttpSession owner = DemoAccounts.signIn(mvc, OWNER);
		mvc.perform(get("/clients").param("page", String.valueOf(Integer.MAX_VALUE)).session(owner)).andExpect(status().isOk());
		mvc.perform(get("/clients").param("page", "-3").session(owner)).andExpect(status().isOk());
		mvc.perform(get("/audit").param("page", String.valueOf(Integer.MAX_VALUE)).session(owner)).andExpect(status().isOk());
		mvc.perform(get("/clients").param("page", "lots").session(owner)).andExpect(status().isBadRequest());
	}

	@Test
	void aSearchEndingInTheLastCharacterOrHoldingControlCharactersFindsWhatItCan() throws Exception {
		for (String q : new String[] { "dem\uFFFF", "\uFFFF", "\uFFFF\uFFFF", "de\u0000m", "\u0000", "dem\uD83D" }) {
			mvc.perform(get("/api/v1/clients").param("q", q).with(httpBasic(THERAPIST, PASSWORD)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/clients").param("q", "dem\uFFFF").session(DemoAccounts.signIn(mvc, THERAPIST)))
			.andExpect(status().isOk());
	}

	@Test
	void aDateOfBirthMoreThan120YearsAgoIsRefusedByNameOnTheApiAndBesideTheFieldOnThePage() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Old\",\"familyName\":\"Timer\",\"dateOfBirth\":\"1889-03-02\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("dateOfBirth"));
		mvc.perform(post("/clients").session(DemoAccounts.signIn(mvc, THERAPIST)).with(csrf())
			.param("givenName", "Old").param("familyName", "Timer").param("dateOfBirth", "1889-03-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("more than 120 years ago")));
	}

	@Test
	void controlCharactersInNamesAndAddressesAreRefusedAtTheDoor() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic(THERAPIST, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\":\"Ann\\u0001e\",\"familyName\":\"Lee\",\"dateOfBirth\":\"1980-03-02\",\"addressLine\":\"1 High St\\u000b\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("givenName", "addressLine")));
		mvc.perform(post("/clients").session(DemoAccounts.signIn(mvc, THERAPIST)).with(csrf())
			.param("givenName", "Ann\u0008e").param("familyName", "Lee").param("dateOfBirth", "1980-03-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invisible control characters")));
	}

	@Test
	void controlCharactersAlreadyStoredDoNotStopTheEmergencyLetterOrTheProgressReport() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, THERAPIST);
		UUID client = demo.aClientOf(THERAPIST);
		var before = jdbc.sql("select given_name, address_line from client where id = ?").param(client)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		try {
			jdbc.sql("update client set given_name = ?, address_line = ? where id = ?")
				.params("Ma\u0001ry\u000b", "2 Mill Lane\u0007\uFFFF", client).update();
			String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
					.param("redFlags[saddle_or_genital_sensory_change]", "YES")
					.param("pain[lower_lumbar].intensity", "7").param("pain[lower_lumbar].side", "BOTH"))
				.andReturn().getResponse().getRedirectedUrl();
			mvc.perform(get(location + "/referral.pdf").session(therapist))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
			mvc.perform(get("/clients/{id}/outcomes/report.pdf", client).session(therapist))
				.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
		}
		finally {
			jdbc.sql("update client set given_name = ?, address_line = ? where id = ?").params(before[0], before[1], client)
				.update();
		}
	}

	/** The same request without a declared length, as a client streaming a chunked body sends it. */
	private static RequestPostProcessor chunked() {
		return request -> {
			MockHttpServletRequest chunked = new MockHttpServletRequest(request.getServletContext(), request.getMethod(),
					request.getRequestURI()) {
				@Override
				public int getContentLength() {
					return -1;
				}

				@Override
				public long getContentLengthLong() {
					return -1;
				}
			};
			chunked.setContent(request.getContentAsByteArray());
			chunked.setContentType(request.getContentType());
			chunked.setCharacterEncoding(StandardCharsets.UTF_8.name());
			for (String name : Collections.list(request.getHeaderNames())) {
				if (!name.equalsIgnoreCase("Content-Length")) {
					Collections.list(request.getHeaders(name)).forEach(value -> chunked.addHeader(name, value));
				}
			}
			return chunked;
		};
	}
}
