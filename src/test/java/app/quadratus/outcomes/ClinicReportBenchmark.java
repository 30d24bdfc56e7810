package app.quadratus.outcomes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import app.quadratus.shared.SqlTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the clinic outcomes report takes for a clinic of 100,000 clients, each with an ODI and an
 * NPRS course of four completions over the last year (800,000 completions), through the real
 * migrations and the real query. Run by hand (see docs/performance.md):
 * {@code java -cp … app.quadratus.outcomes.ClinicReportBenchmark [h2|postgres] [clients]}.
 */
public final class ClinicReportBenchmark {

	private ClinicReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		EmbeddedPostgres postgres = database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
		DataSource dataSource = postgres != null ? postgres.getPostgresDatabase() : h2();
		Flyway.configure().dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (postgres != null ? "postgresql" : "h2"))
			.load().migrate();
		UUID clinic = UUID.randomUUID();
		UUID[] therapists = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
		Instant now = Instant.parse("2026-11-24T12:00:00Z");
		long started = System.nanoTime();
		seed(dataSource, clinic, therapists, clients, now);
		System.out.printf("%s: seeded %,d clients and %,d completions in %d s%n", database, clients, clients * 8L,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		if (postgres != null) {
			JdbcClient.create(dataSource).sql("analyze").update();
		}
		ClinicReportRepository report = new ClinicReportRepository(JdbcClient.create(dataSource));
		for (int days : new int[] { 30, 90, 365 }) {
			Instant from = now.minus(Duration.ofDays(days));
			for (int i = 0; i < 3; i++) {
				report.tallies(clinic, from, now); // warm-up
			}
			long[] millis = new long[10];
			int lines = 0;
			for (int i = 0; i < millis.length; i++) {
				long t = System.nanoTime();
				lines = report.tallies(clinic, from, now).size();
				millis[i] = Duration.ofNanos(System.nanoTime() - t).toMillis();
			}
			Arrays.sort(millis);
			System.out.printf("%s: last %d days: median %d ms, worst %d ms (%d lines)%n", database, days, millis[5],
					millis[9], lines);
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static DataSource h2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:benchmark;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return h2;
	}

	private static void seed(DataSource dataSource, UUID clinic, UUID[] therapists, int clients, Instant now) throws Exception {
		Random random = new Random(100_000L);
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement(
					"insert into clinic (id, name, time_zone, locale, created_at) values (?, 'Benchmark', 'Europe/London', 'en-GB', ?)")) {
				s.setObject(1, clinic);
				s.setObject(2, SqlTime.of(now));
				s.executeUpdate();
			}
			try (PreparedStatement client = c.prepareStatement("""
					insert into client (id, clinic_id, given_name, family_name, date_of_birth, search_given, search_family,
					  created_at, updated_at) values (?, ?, 'A', 'B', date '1980-01-01', 'a', 'b', ?, ?)""");
					PreparedStatement response = c.prepareStatement("""
							insert into outcome_response (id, clinic_id, client_id, measure, channel, status, answers, score,
							  therapist_id, follow_up, baseline_score, important_improvement, started_at, updated_at, completed_at)
							values (?, ?, ?, ?, 'TABLET', 'COMPLETED', '{}', ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int i = 0; i < clients; i++) {
					UUID id = UUID.randomUUID();
					client.setObject(1, id);
					client.setObject(2, clinic);
					client.setObject(3, SqlTime.of(now));
					client.setObject(4, SqlTime.of(now));
					client.addBatch();
					Instant first = now.minus(Duration.ofDays(42 + random.nextInt(323)));
					UUID therapist = therapists[i % therapists.length];
					for (String measure : new String[] { "odi", "nprs" }) {
						int baseline = measure.equals("odi") ? 20 + random.nextInt(40) : 4 + random.nextInt(6);
						int mcid = measure.equals("odi") ? 10 : 2;
						for (int step = 0; step < 4; step++) {
							int score = Math.max(0, baseline - random.nextInt(mcid * 2) * step / 2);
							Instant at = first.plus(Duration.ofDays(14L * step));
							response.setObject(1, UUID.randomUUID());
							response.setObject(2, clinic);
							response.setObject(3, id);
							response.setString(4, measure);
							response.setInt(5, score);
							response.setObject(6, therapist);
							response.setBoolean(7, step > 0);
							response.setObject(8, step > 0 ? baseline : null);
							response.setObject(9, step > 0 ? baseline - score >= mcid : null);
							response.setObject(10, SqlTime.of(at));
							response.setObject(11, SqlTime.of(at));
							response.setObject(12, SqlTime.of(at));
							response.addBatch();
						}
					}
					if (i % 1000 == 999) {
						client.executeBatch();
						response.executeBatch();
						c.commit();
					}
				}
				client.executeBatch();
				response.executeBatch();
				c.commit();
			}
		}
	}
}
