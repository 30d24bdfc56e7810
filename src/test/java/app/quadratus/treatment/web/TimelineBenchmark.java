package app.quadratus.treatment.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import app.quadratus.shared.SqlTime;
import app.quadratus.shared.security.ClinicPrincipal;
import app.quadratus.shared.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the treatment part of a client's timeline takes (first page of sessions and plan versions, and
 * the pain chart's sessions) for a client with 5 sessions and one with 500, in a clinic of 2,000 other
 * clients with 20 sessions of 6 releases each, through the real migrations and queries. Run by hand
 * (docs/performance.md): {@code java -cp … app.quadratus.treatment.web.TimelineBenchmark [h2|postgres]}.
 */
public final class TimelineBenchmark {

	record Principal(UUID accountId, UUID clinicId, Role role, String email, String displayName, UUID clientId)
			implements ClinicPrincipal {
	}

	private TimelineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		EmbeddedPostgres postgres = database.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
		DataSource dataSource = postgres != null ? postgres.getPostgresDatabase() : h2();
		Flyway.configure().dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (postgres != null ? "postgresql" : "h2"))
			.load().migrate();
		UUID clinic = UUID.randomUUID();
		Instant now = Instant.parse("2026-12-01T12:00:00Z");
		UUID few = UUID.randomUUID();
		UUID many = UUID.randomUUID();
		long started = System.nanoTime();
		seed(dataSource, clinic, few, many, now);
		System.out.printf("%s: seeded in %d s%n", database, Duration.ofNanos(System.nanoTime() - started).toSeconds());
		if (postgres != null) {
			JdbcClient.create(dataSource).sql("analyze").update();
		}
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
				new Principal(UUID.randomUUID(), clinic, Role.THERAPIST, "b@example.org", "B", null), null, List.of()));
		TreatmentTimeline timeline = new TreatmentTimeline(JdbcClient.create(dataSource));
		Instant end = Instant.parse("9999-12-31T00:00:00Z");
		for (UUID client : new UUID[] { few, many }) {
			for (int i = 0; i < 20; i++) {
				timeline.before(client, end, ClientTimeline.PAGE + 1);
				timeline.recentPain(client, ClientTimeline.CHARTED);
			}
			long[] micros = new long[50];
			int rows = 0;
			for (int i = 0; i < micros.length; i++) {
				long t = System.nanoTime();
				rows = timeline.before(client, end, ClientTimeline.PAGE + 1).size();
				timeline.recentPain(client, ClientTimeline.CHARTED);
				micros[i] = Duration.ofNanos(System.nanoTime() - t).toNanos() / 1000;
			}
			Arrays.sort(micros);
			System.out.printf("%s: client with %d sessions: median %.2f ms, worst %.2f ms (%d rows)%n", database,
					client.equals(few) ? 5 : 500, micros[25] / 1000.0, micros[49] / 1000.0, rows);
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	/**
	 * One connection for the whole run. H2 2.4 binds a check constraint's {@code in (…)} list to the session
	 * that created it: once Flyway's connection closed, every insert into treatment_session failed with
	 * "Check constraint invalid … the database has been closed". The application's pool keeps its
	 * connections open, so only this hand-made data source met it.
	 */
	private static DataSource h2() throws java.sql.SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:timeline;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return new SingleConnectionDataSource(h2.getConnection(), true);
	}

	private static void seed(DataSource dataSource, UUID clinic, UUID few, UUID many, Instant now) throws Exception {
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
					PreparedStatement session = c.prepareStatement("""
							insert into treatment_session (id, clinic_id, client_id, status, started_at, pain_before, pain_after,
							  goals, techniques, regions, note, created_at, changed_at)
							values (?, ?, ?, 'draft', ?, 6, 3, '[]', '[]', '[]', '{}', ?, ?)""");
					PreparedStatement release = c.prepareStatement("""
							insert into trigger_point_release (id, clinic_id, session_id, client_id, idempotency_key,
							  request_sha256, muscle, side, pressure, hold_seconds, referred_pain_before, referred_pain_after,
							  outcome, created_at)
							values (?, ?, ?, ?, ?, ?, 'piriformis', 'right', 6, 45, 7, 3, 'released', ?)""")) {
				for (int i = 0; i < 2002; i++) {
					UUID id = i == 0 ? few : i == 1 ? many : UUID.randomUUID();
					int sessions = i == 0 ? 5 : i == 1 ? 500 : 20;
					client.setObject(1, id);
					client.setObject(2, clinic);
					client.setObject(3, SqlTime.of(now));
					client.setObject(4, SqlTime.of(now));
					client.addBatch();
					client.executeBatch();
					for (int s = 0; s < sessions; s++) {
						UUID sessionId = UUID.randomUUID();
						Instant at = now.minus(Duration.ofDays(s * 3L + i % 3));
						session.setObject(1, sessionId);
						session.setObject(2, clinic);
						session.setObject(3, id);
						session.setObject(4, SqlTime.of(at));
						session.setObject(5, SqlTime.of(at));
						session.setObject(6, SqlTime.of(at));
						session.addBatch();
						for (int r = 0; r < 6; r++) {
							release.setObject(1, UUID.randomUUID());
							release.setObject(2, clinic);
							release.setObject(3, sessionId);
							release.setObject(4, id);
							release.setString(5, sessionId + "-" + r);
							release.setString(6, "0".repeat(64));
							release.setObject(7, SqlTime.of(at));
							release.addBatch();
						}
					}
					session.executeBatch();
					release.executeBatch();
				}
			}
			// Signed after their log is written, as the application does (a signed session takes no release).
			try (PreparedStatement sign = c.prepareStatement("""
					update treatment_session set status = 'signed', content_sha256 = ?, signed_at = started_at
					where clinic_id = ?""")) {
				sign.setString(1, "0".repeat(64));
				sign.setObject(2, clinic);
				sign.executeUpdate();
			}
			c.commit();
		}
	}
}
