package app.quadratus.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.quadratus.testing.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningApiTest {

	static final String CONTRACT_EXAMPLE = """
			{
			  "age": 45,
			  "sex": "female",
			  "onset": {"type": "gradual", "durationDays": 60},
			  "priorMedicalAssessment": false,
			  "painRegions": [{"region": "mid_buttock", "side": "right", "intensity": 7}],
			  "redFlags": {"urinary_dysfunction": "no", "history_of_cancer": "no"},
			  "tests": {"slr": "negative", "fair": "positive"},
			  "palpation": {"reproducesFamiliarPain": true},
			  "aggravatingFactors": ["prolonged_sitting", "driving"],
			  "startBack": {"total": 2, "distress": 0}
			}""";

	@Autowired
	MockMvc mvc;

	ResultActions evaluate(String json) throws Exception {
		return mvc.perform(post("/api/v1/screening/evaluate").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void theContractExampleIsADeepGlutealPictureToTreatWithPiriformisFirst() throws Exception {
		evaluate(CONTRACT_EXAMPLE).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.urgency").value("treat"))
			.andExpect(jsonPath("$.pattern").value("deep-gluteal"))
			.andExpect(jsonPath("$.candidateMuscles", hasSize(greaterThanOrEqualTo(3))))
			.andExpect(jsonPath("$.candidateMuscles[0].muscle").value("piriformis"))
			.andExpect(jsonPath("$.candidateMuscles[0].score").value(14.0))
			.andExpect(jsonPath("$.candidateMuscles[0].essentialRegions[0]").value("mid_buttock"))
			.andExpect(jsonPath("$.candidateMuscles[0].spilloverRegions[0]").value("posterior_thigh"))
			.andExpect(jsonPath("$.findings[*].code", hasItem("piriformis-loading-tests")))
			.andExpect(jsonPath("$.findings[*].sources", everyItem(not(hasSize(0)))))
			.andExpect(jsonPath("$.safetyNet", containsString("both legs")))
			.andExpect(jsonPath("$.disclaimer", containsString("never diagnoses")));
	}

	@Test
	@WithMockUser(roles = "OWNER")
	void anEmptyDrawingWithACaudaEquinaCriterionIsAnEmergency() throws Exception {
		evaluate("{\"age\": 30, \"redFlags\": {\"saddle_or_genital_sensory_change\": \"yes\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.urgency").value("emergency-referral"))
			.andExpect(jsonPath("$.pattern").value("cauda-equina"));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void gluteusMinimusPseudoSciaticaRanksItInTheTopThree() throws Exception {
		evaluate("""
				{"age": 52, "painRegions": [
				  {"region": "lateral_thigh", "side": "left", "intensity": 6},
				  {"region": "posterior_thigh", "side": "left", "intensity": 5},
				  {"region": "lateral_leg", "side": "left", "intensity": 5},
				  {"region": "upper_calf", "side": "left", "intensity": 4},
				  {"region": "lower_buttock", "side": "left", "intensity": 6}],
				 "tests": {"slr": "negative", "slump": "negative"}, "palpation": {"reproducesFamiliarPain": true}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pattern").value("myofascial"))
			.andExpect(jsonPath("$.candidateMuscles[0:3].muscle", hasItem("gluteus_minimus")));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void theVocabularyListsEveryIdWithItsLabel() throws Exception {
		mvc.perform(get("/api/v1/screening/vocabulary")).andExpect(status().isOk())
			.andExpect(jsonPath("$.regions", hasSize(37)))
			.andExpect(jsonPath("$.regions[0].id").value("mid_back"))
			.andExpect(jsonPath("$.regions[0].label").value("mid back / scapular"))
			.andExpect(jsonPath("$.tests", hasSize(17)))
			.andExpect(jsonPath("$.redFlags", hasSize(17)))
			.andExpect(jsonPath("$.aggravatingFactors", hasSize(22)))
			.andExpect(jsonPath("$.muscles", hasSize(greaterThanOrEqualTo(22))))
			.andExpect(jsonPath("$.muscles[*].id", hasItem("gluteus_minimus")))
			.andExpect(jsonPath("$.sides[*].id", hasItem("midline")))
			.andExpect(jsonPath("$.testResults[*].id", hasItem("not-done")))
			.andExpect(jsonPath("$.urgencies[*].id", hasItem("emergency-referral")))
			.andExpect(jsonPath("$.patterns", hasSize(7)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"age\": 15} | age",
			"{\"age\": 121} | age",
			"{\"sex\": \"female\"} | age",
			"{\"age\": 40, \"sex\": \"woman\"} | sex",
			"{\"age\": 40, \"onset\": {\"type\": \"slow\"}} | onset.type",
			"{\"age\": 40, \"onset\": {\"durationDays\": -1}} | onset.durationDays",
			"{\"age\": 40, \"painRegions\": [{\"region\": \"elbow\", \"side\": \"left\", \"intensity\": 3}]} | painRegions[0].region",
			"{\"age\": 40, \"painRegions\": [{\"region\": \"sij\", \"side\": \"up\", \"intensity\": 3}]} | painRegions[0].side",
			"{\"age\": 40, \"painRegions\": [{\"region\": \"sij\", \"side\": \"left\", \"intensity\": 11}]} | painRegions[0].intensity",
			"{\"age\": 40, \"redFlags\": {\"foo\": \"yes\"}} | redFlags.foo",
			"{\"age\": 40, \"redFlags\": {\"thoracic_pain\": \"maybe\"}} | redFlags.thoracic_pain",
			"{\"age\": 40, \"tests\": {\"lasegue\": \"positive\"}} | tests.lasegue",
			"{\"age\": 40, \"tests\": {\"slr\": \"yes\"}} | tests.slr",
			"{\"age\": 40, \"aggravatingFactors\": [\"walking\", \"juggling\"]} | aggravatingFactors[1]",
			"{\"age\": 40, \"startBack\": {\"total\": 10, \"distress\": 0}} | startBack.total",
			"{\"age\": 40, \"startBack\": {\"total\": 5, \"distress\": 6}} | startBack.distress",
			"{\"age\": \"forty\"} | age",
			"{\"age\": 40, \"painRegions\": [{\"region\": \"sij\", \"intensity\": \"high\"}]} | painRegions[0].intensity" })
	@WithMockUser(roles = "THERAPIST")
	void unknownIdsAndOutOfRangeValuesAre422NamingTheField(String json, String field) throws Exception {
		evaluate(json).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void everyProblemIsNamedAtOnce() throws Exception {
		evaluate("{\"age\": 12, \"redFlags\": {\"foo\": \"yes\"}, \"tests\": {\"slr\": \"maybe\"}}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)));
	}

	@Test
	@WithMockUser(roles = "THERAPIST")
	void jsonThatDoesNotParseIs400() throws Exception {
		evaluate("{\"age\": 40, ").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithMockUser(roles = "CLIENT")
	void aClientIsRefused() throws Exception {
		evaluate(CONTRACT_EXAMPLE).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/screening/vocabulary")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "RECEPTION")
	void receptionIsRefused() throws Exception {
		evaluate(CONTRACT_EXAMPLE).andExpect(status().isForbidden());
	}

	@Test
	void theDemoTherapistAndClientSignInWithHttpBasic() throws Exception {
		mvc.perform(post("/api/v1/screening/evaluate").with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(CONTRACT_EXAMPLE)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/screening/vocabulary").with(httpBasic(DemoAccounts.CLIENT, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/screening/vocabulary").with(httpBasic(DemoAccounts.THERAPIST, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void withoutSigningInTheAnswerIs401() throws Exception {
		evaluate(CONTRACT_EXAMPLE).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/screening/vocabulary")).andExpect(status().isUnauthorized());
	}
}
