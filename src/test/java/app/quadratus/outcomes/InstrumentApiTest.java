package app.quadratus.outcomes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class InstrumentApiTest {

	private static final String ODI_EXAMPLE = "{'answers': {'pain_intensity': 2, 'personal_care': 1, 'lifting': 3,"
			+ " 'walking': 1, 'sitting': 2, 'standing': 2, 'sleeping': 1, 'sex_life': null, 'social_life': 2,"
			+ " 'travelling': 2}}";

	@Autowired
	private MockMvc mvc;

	private ResultActions call(String instrument, String action, String body) throws Exception {
		return mvc.perform(post("/api/v1/instruments/{instrument}/{action}", instrument, action)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace('\'', '"')));
	}

	private ResultActions refused(String instrument, String action, String body, String field) throws Exception {
		return call(instrument, action, body).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private static String list(int count, String value) {
		return "[" + String.join(",", Collections.nCopies(count, value)) + "]";
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void scoresTheContractsOdiExample() throws Exception {
		call("odi", "score", ODI_EXAMPLE).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.instrument").value("odi"))
			.andExpect(jsonPath("$.loinc").value("97909-6"))
			.andExpect(jsonPath("$.score").value(35.6))
			.andExpect(jsonPath("$.band").value("moderate"))
			.andExpect(jsonPath("$.answered").value(9));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void scoresEveryOtherInstrument() throws Exception {
		call("nprs", "score", "{'answers': {'score': 7}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("nprs"))
			.andExpect(jsonPath("$.loinc").value("72514-3"))
			.andExpect(jsonPath("$.score").value(7));
		call("rmdq", "score", "{'answers': [true,true,true" + ",false".repeat(21) + "]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("rmdq"))
			.andExpect(jsonPath("$.score").value(3))
			.andExpect(jsonPath("$", not(hasKey("loinc"))));
		call("startback", "score", "{'answers': {'q1': true, 'q2': false, 'q3': true, 'q4': false, 'q5': true,"
				+ " 'q6': true, 'q7': false, 'q8': false, 'q9': 'very_much'}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("startback"))
			.andExpect(jsonPath("$.loinc").value("91351-7"))
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.distress").value(3))
			.andExpect(jsonPath("$.risk").value("medium"));
		call("psfs", "score", "{'answers': [{'activity': 'sitting for an hour', 'rating': 3},"
				+ " {'activity': 'lifting the shopping', 'rating': 5}, {'activity': 'driving', 'rating': 8}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("psfs"))
			.andExpect(jsonPath("$.score").value(5.33));
		call("lefs", "score", "{'answers': " + list(20, "3") + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("lefs"))
			.andExpect(jsonPath("$.score").value(60));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void comparesAFollowUpWithTheBaseline() throws Exception {
		call("odi", "change", "{'baseline': 42.0, 'followUp': 28.0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.instrument").value("odi"))
			.andExpect(jsonPath("$.change").value(-14.0))
			.andExpect(jsonPath("$.direction").value("improved"))
			.andExpect(jsonPath("$.clinicallyImportant").value(true))
			.andExpect(jsonPath("$.rule").value(containsString("10 points")));
		call("lefs", "change", "{'baseline': 40, 'followUp': 48}").andExpect(status().isOk())
			.andExpect(jsonPath("$.change").value(8))
			.andExpect(jsonPath("$.direction").value("improved"))
			.andExpect(jsonPath("$.clinicallyImportant").value(false));
		call("nprs", "change", "{'baseline': 3, 'followUp': 2}").andExpect(status().isOk())
			.andExpect(jsonPath("$.clinicallyImportant").value(true));
		call("rmdq", "change", "{'baseline': 12, 'followUp': 12}").andExpect(status().isOk())
			.andExpect(jsonPath("$.direction").value("unchanged"))
			.andExpect(jsonPath("$.clinicallyImportant").value(false));
	}

	@Test
	@WithMockUser(roles = "OWNER")
	void anOwnerMayScoreToo() throws Exception {
		call("nprs", "score", "{'answers': {'score': 0}}").andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void anUnknownInstrumentIsNotFound() throws Exception {
		call("sf36", "score", "{'answers': {}}").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		call("sf36", "change", "{'baseline': 1, 'followUp': 2}").andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void badAnswersAreRefusedNamingTheField() throws Exception {
		refused("odi", "score", ODI_EXAMPLE.replace("'lifting': 3", "'lifting': 6"), "answers.lifting");
		refused("odi", "score", ODI_EXAMPLE.replace("'lifting': 3", "'lifting': '3'"), "answers.lifting");
		refused("odi", "score", ODI_EXAMPLE.replace("'lifting': 3", "'lifting': null")
			.replace("'walking': 1", "'walking': null"), "answers");
		refused("rmdq", "score", "{'answers': " + list(23, "true") + "}", "answers");
		refused("rmdq", "score", "{'answers': [true,true,true,'yes'" + ",false".repeat(20) + "]}", "answers[3]");
		refused("startback", "score", "{'answers': {'q1': true, 'q2': false, 'q3': true, 'q4': false, 'q5': true,"
				+ " 'q6': true, 'q7': false, 'q8': false, 'q9': 'quite_a_lot'}}", "answers.q9");
		refused("psfs", "score", "{'answers': [{'activity': 'a', 'rating': 3}, {'activity': 'b', 'rating': 3}]}",
				"answers");
		refused("psfs", "score", "{'answers': [{'activity': 'a', 'rating': 3}, {'activity': 'b', 'rating': 11},"
				+ " {'activity': 'c', 'rating': 3}]}", "answers[1].rating");
		refused("lefs", "score", "{'answers': " + list(19, "3") + "}", "answers");
		refused("nprs", "score", "{'answers': {'score': 'seven'}}", "answers.score");
		refused("nprs", "score", "{}", "answers");
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void badChangesAreRefusedNamingTheField() throws Exception {
		refused("startback", "change", "{'baseline': 5, 'followUp': 2}", "instrument");
		refused("lefs", "change", "{'baseline': 81, 'followUp': 40}", "baseline");
		refused("odi", "change", "{'baseline': 42, 'followUp': 101}", "followUp");
		refused("odi", "change", "{'followUp': 20}", "baseline");
		refused("odi", "change", "{'baseline': 'forty', 'followUp': 20}", "baseline");
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void jsonThatDoesNotParseIsABadRequest() throws Exception {
		call("odi", "score", "{'answers': {'lifting': 3,").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithMockUser(roles = "CLIENT")
	void aClientIsForbidden() throws Exception {
		call("nprs", "score", "{'answers': {'score': 7}}").andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		call("odi", "change", "{'baseline': 42.0, 'followUp': 28.0}").andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "RECEPTION")
	void receptionIsForbidden() throws Exception {
		call("nprs", "score", "{'answers': {'score': 7}}").andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousCallerMustSignIn() throws Exception {
		call("nprs", "score", "{'answers': {'score': 7}}").andExpect(status().isUnauthorized());
	}
}
