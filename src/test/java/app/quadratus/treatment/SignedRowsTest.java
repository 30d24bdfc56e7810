package app.quadratus.treatment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signed and append-only rows refuse changes in the database itself, on H2 and PostgreSQL alike. */
@WebTest
class SignedRowsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void savedAssessmentsNeverChange() {
		UUID assessment = demo.anAssessmentOf(DemoAccounts.THERAPIST);
		assertThatThrownBy(() -> jdbc.sql("update assessment_version set urgency = 'EMERGENCY' where assessment_id = ?")
			.param(assessment).update()).hasMessageContaining("never change");
		assertThatThrownBy(() -> jdbc.sql("update assessment set assessed_at = created_at where id = ?")
			.param(assessment).update()).hasMessageContaining("never change");
	}

	@Test
	void agreementsAndAmendmentsNeverChange() {
		UUID clinic = demo.clinicOf(DemoAccounts.THERAPIST);
		assertThatThrownBy(() -> jdbc.sql("update plan_agreement set agreed_by_name = 'Someone else' where clinic_id = ?")
			.param(clinic).update()).hasMessageContaining("never change");
		assertThatThrownBy(() -> jdbc.sql("update trigger_point_release set pressure = 0 where clinic_id = ?")
			.param(clinic).update()).hasMessageContaining("never change");
	}
}
