package app.quadratus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.quadratus.shared.signed.ContentHash;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import app.quadratus.treatment.TreatmentSessionsFixture;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Assessments on the shared signed-record mechanism, on H2 and PostgreSQL: a saved version is signed by
 * its author and hashed with the shared {@link ContentHash}; an amendment appends a version signed by its
 * own author and leaves the original as it was; no page, request or SQL statement changes a signed
 * version; a hash from before V45 still verifies; entered in error stays in the export, marked.
 */
@WebTest
class SignedAssessmentTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	MockHttpSession therapist;

	UUID client;

	@BeforeEach
	void assessedClient() throws Exception {
		client = new TreatmentSessionsFixture(mvc).newClient();
		therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
	}

	@Test
	void aSavedAssessmentIsSignedByItsAuthorUnderTheSharedContentHash() throws Exception {
		UUID assessment = save();
		Map<String, Object> v1 = version(assessment, 1);
		assertThat(v1.get("signed_by")).isEqualTo(demo.accountId(DemoAccounts.THERAPIST));
		assertThat(v1.get("signed_at")).isNotNull();
		assertThat(((Number) v1.get("content_hash_scheme")).intValue()).isEqualTo(2);
		assertThat(v1.get("content_sha256"))
			.isEqualTo(ContentHash.of((String) v1.get("findings"), (String) v1.get("screening")));
		assertThat(page(assessment)).contains("Version 1 signed").contains("matching what was signed");
	}

	@Test
	void anAmendmentAppendsAVersionSignedByItsAuthorAndTheOriginalStaysAsSigned() throws Exception {
		UUID assessment = save();
		Map<String, Object> original = version(assessment, 1);
		MockHttpSession colleague = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST2);
		mvc.perform(post("/clients/{id}/assessments/{a}/amend", client, assessment).session(colleague).with(csrf())
				.param("pain[lower_lumbar].side", "BOTH").param("pain[lower_lumbar].intensity", "8")
				.param("pain[lower_lumbar].quality", "ACHE").param("amendReason", "Intensity misheard")
				.param("baseVersion", "1"))
			.andExpect(status().is3xxRedirection());

		assertThat(version(assessment, 1)).as("the original, as signed").isEqualTo(original);
		Map<String, Object> amended = version(assessment, 2);
		assertThat(amended.get("signed_by")).isEqualTo(demo.accountId(DemoAccounts.THERAPIST2));
		assertThat(amended.get("amend_reason")).isEqualTo("Intensity misheard");
		assertThat(page(assessment)).contains("Intensity misheard").contains("Version 2 signed");
		assertThat(mvc.perform(get("/clients/{id}/assessments/{a}", client, assessment).param("version", "1")
				.session(therapist)).andReturn().getResponse().getContentAsString())
			.as("the original stays readable").contains("Version 1 signed");
	}

	@Test
	void noPageOrRequestChangesASignedVersion() throws Exception {
		UUID assessment = save();
		Map<String, Object> signed = version(assessment, 1);
		String url = "/clients/" + client + "/assessments/" + assessment;

		// Requests a browser's form never sends: there is no edit, only amend.
		for (var request : List.of(put(url), patch(url), delete(url), post(url))) {
			int code = mvc.perform(request.session(therapist).with(csrf()).param("pain[lower_lumbar].intensity", "1")
				.param("pain[lower_lumbar].side", "BOTH")).andReturn().getResponse().getStatus();
			assertThat(code).as(request.toString()).isBetween(400, 499);
		}
		// An amendment without a reason, or without the version it was based on, changes nothing.
		mvc.perform(post(url + "/amend").session(therapist).with(csrf()).param("pain[lower_lumbar].intensity", "1")
			.param("pain[lower_lumbar].side", "BOTH").param("baseVersion", "1")).andExpect(status().isOk());
		mvc.perform(post(url + "/amend").session(therapist).with(csrf()).param("pain[lower_lumbar].intensity", "1")
			.param("pain[lower_lumbar].side", "BOTH").param("amendReason", "No base")).andExpect(status().isConflict());

		assertThat(version(assessment, 1)).isEqualTo(signed);
		assertThat(count(assessment)).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesChangingASignedVersionWhoeverAsks() throws Exception {
		UUID assessment = save();
		assertThatThrownBy(() -> jdbc.sql("update assessment_version set signed_by = null where assessment_id = ?")
			.param(assessment).update()).hasMessageContaining("signed and never changes");
		assertThatThrownBy(() -> jdbc.sql("update assessment_version set content_hash_scheme = 1 where assessment_id = ?")
			.param(assessment).update()).hasMessageContaining("signed and never changes");
		assertThatThrownBy(() -> jdbc.sql("update assessment set client_id = client_id where id = ?")
			.param(assessment).update()).hasMessageContaining("never change");
	}

	@Test
	void aHashWrittenBeforeTheSharedMechanismStillVerifiesAndATamperedOneIsShown() throws Exception {
		Map<String, Object> saved = version(save(), 1);
		String findings = (String) saved.get("findings");
		String screening = (String) saved.get("screening");
		String oldFormat = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest((findings + "\n" + screening).getBytes(StandardCharsets.UTF_8)));

		UUID legacy = copy(saved, oldFormat, 1);
		assertThat(page(legacy)).contains("matching what was signed").doesNotContain("does not match");
		UUID tampered = copy(saved, oldFormat, 2);
		assertThat(page(tampered)).contains("does not match its fingerprint");
	}

	@Test
	void anAssessmentEnteredInErrorStaysInTheAuditAndTheExportMarkedSo() throws Exception {
		UUID assessment = save();
		mvc.perform(post("/clients/{id}/assessments/{a}/entered-in-error", client, assessment).session(therapist)
			.with(csrf()).param("reason", "Wrong client")).andExpect(status().is3xxRedirection());

		assertThat(count(assessment)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'assessment' and object_id = ? and action = 'UPDATE'")
			.param(assessment.toString()).query(Long.class).single()).isEqualTo(1);
		String json = mvc.perform(get("/api/v1/clients/{id}/fhir", client)
				.with(httpBasic(DemoAccounts.THERAPIST, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var resources = FHIR.newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
			.map(Bundle.BundleEntryComponent::getResource).toList();
		assertThat(resources).filteredOn(Observation.class::isInstance).isNotEmpty()
			.allSatisfy(o -> assertThat(((Observation) o).getStatus()).isEqualTo(Observation.ObservationStatus.ENTEREDINERROR));
		assertThat(resources).filteredOn(RiskAssessment.class::isInstance).singleElement()
			.satisfies(r -> assertThat(((RiskAssessment) r).getStatus())
				.isEqualTo(RiskAssessment.RiskAssessmentStatus.ENTEREDINERROR));
		assertThat(resources).filteredOn(Condition.class::isInstance).singleElement()
			.satisfies(c -> assertThat(((Condition) c).getVerificationStatus().getCodingFirstRep().getCode())
				.isEqualTo("entered-in-error"));
	}

	private UUID save() throws Exception {
		String location = mvc.perform(post("/clients/{id}/assessments", client).session(therapist).with(csrf())
				.param("pain[lower_lumbar].intensity", "5").param("pain[lower_lumbar].side", "BOTH")
				.param("pain[lower_lumbar].quality", "ACHE"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A copy of a saved version as a new assessment, as V10 to V44 stored it (or stored under another scheme). */
	private UUID copy(Map<String, Object> v, String hash, int scheme) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into assessment (id, clinic_id, client_id, assessed_at, created_by, created_at)
				select ?, clinic_id, client_id, assessed_at, created_by, created_at from assessment where id = ?""")
			.params(id, v.get("assessment_id")).update();
		jdbc.sql("""
				insert into assessment_version (id, clinic_id, assessment_id, client_id, version, findings, screening, urgency,
				    pattern, atlas_version, content_sha256, content_hash_scheme, created_by, created_at, signed_by, signed_at)
				select ?, clinic_id, ?, client_id, 1, findings, screening, urgency, pattern, atlas_version, ?, ?, created_by,
				    created_at, signed_by, signed_at from assessment_version where id = ?""")
			.params(UUID.randomUUID(), id, hash, scheme, v.get("id")).update();
		return id;
	}

	private Map<String, Object> version(UUID assessment, int number) {
		return jdbc.sql("select * from assessment_version where assessment_id = ? and version = ?")
			.params(assessment, number).query().listOfRows().stream()
			.map(row -> {
				var lower = new java.util.TreeMap<String, Object>();
				row.forEach((k, value) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), value));
				return (Map<String, Object>) lower;
			})
			.findFirst().orElseThrow();
	}

	private long count(UUID assessment) {
		return jdbc.sql("select count(*) from assessment_version where assessment_id = ?").param(assessment)
			.query(Long.class).single();
	}

	private String page(UUID assessment) throws Exception {
		return mvc.perform(get("/clients/{id}/assessments/{a}", client, assessment).session(therapist))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
