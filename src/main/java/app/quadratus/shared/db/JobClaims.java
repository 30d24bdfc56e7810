package app.quadratus.shared.db;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets an installation-wide job run on one application instance per period, however many instances
 * run it on their timers: the instance whose single conditional UPDATE (or first INSERT) moves the
 * job's {@code claimed_until} forward runs it; the others find the row claimed and skip. Jobs that
 * work per row (reminders per appointment and client) claim those rows instead.
 */
@Component
public class JobClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	/** For the operator reading the table: which process holds the claim. */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	JobClaims(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True for exactly one caller until {@code period} from now has passed. */
	public boolean claim(String job, Duration period) {
		Instant now = clock.instant();
		int moved = jdbc.sql("update job_claim set claimed_until = ?, claimed_by = ? where job = ? and claimed_until <= ?")
			.params(SqlTime.of(now.plus(period)), instance, job, SqlTime.of(now))
			.update();
		if (moved == 1) {
			return true;
		}
		try {
			return jdbc.sql("insert into job_claim (job, claimed_until, claimed_by) select ?, ?, ? "
					+ "where not exists (select 1 from job_claim where job = ?)")
				.params(job, SqlTime.of(now.plus(period)), instance, job)
				.update() == 1;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}
}
