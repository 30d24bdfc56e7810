package app.quadratus.outcomes;

import static app.quadratus.testing.DemoAccounts.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's charts tell true stories: some clients improve clearly, some stay flat, some get worse. */
@WebTest
class DemoOutcomesTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	record Course(UUID client, BigDecimal baseline, BigDecimal latest, Boolean important) {
	}

	@Test
	void demoClientsImproveStayFlatOrWorsenOnTheOdiAsTheirStoryGoes() {
		List<Course> courses = jdbc.sql("""
				select r.client_id, r.baseline_score, r.score, r.important_improvement from outcome_response r
				join client c on c.id = r.client_id
				where r.clinic_id = ? and r.measure = 'odi' and r.status = 'COMPLETED' and r.follow_up = true
				  and c.family_name <> 'Reportcase'
				  and r.completed_at = (select max(l.completed_at) from outcome_response l where l.client_id = r.client_id
				    and l.measure = 'odi' and l.status = 'COMPLETED')""")
			.param(demo.clinicOf(OWNER))
			.query((rs, row) -> new Course(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBoolean(4)))
			.list();
		long improved = courses.stream().filter(c -> c.important()).count();
		long worsened = courses.stream().filter(c -> c.latest().subtract(c.baseline()).compareTo(BigDecimal.TEN) >= 0).count();
		long flat = courses.stream().filter(c -> c.latest().subtract(c.baseline()).abs().compareTo(BigDecimal.TEN) < 0).count();
		assertThat(improved).as("clinically important improvements").isGreaterThanOrEqualTo(5);
		assertThat(worsened).as("clinically important worsenings").isGreaterThanOrEqualTo(3);
		assertThat(flat).as("no important change").isGreaterThanOrEqualTo(5);
		// Every improvement the demo stores was decided by the ODI's MCID of 10 points.
		assertThat(courses.stream().filter(Course::important))
			.allSatisfy(c -> assertThat(c.baseline().subtract(c.latest())).isGreaterThanOrEqualTo(BigDecimal.TEN));
	}

	@Test
	void theSignedInDemoClientHasABaselineFollowUpsAndAStartBackRiskGroup() {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from outcome_response where client_id = ? and measure = 'odi' and status = 'COMPLETED'")
			.param(claire).query(Long.class).single()).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("select risk from outcome_response where client_id = ? and measure = 'startback'").param(claire)
			.query(String.class).single()).isEqualTo("medium");
	}
}
