package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import app.quadratus.testing.DemoAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drill: the database goes away for 20 seconds under load. Readiness turns DOWN, every request is
 * answered within seconds with 503 and a problem JSON (never a 500, never a hang), and when the
 * database is back the application serves again by itself. PostgreSQL behind a relay the test closes.
 */
class DatabaseOutageDrillTest {

	static final Duration OUTAGE = Duration.ofSeconds(20);

	@Test
	void theDatabaseGoneForTwentySecondsGivesReadinessDown503sAndARecoveryByItself() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); TcpGate gate = new TcpGate(postgres.getPort())) {
			String url = "jdbc:postgresql://localhost:" + gate.port() + "/postgres";
			try (ConfigurableApplicationContext app = Instances.start(url, true,
					Path.of("target/test-data/outage-" + UUID.randomUUID()).toString())) {
				String base = Instances.baseUrl(app);
				String therapist = Instances.signIn(base, DemoAccounts.THERAPIST, DemoAccounts.PASSWORD);
				assertThat(Instances.get(base + "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

				Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
				List<String> problems = new CopyOnWriteArrayList<>();
				AtomicLong slowest = new AtomicLong();
				AtomicBoolean outage = new AtomicBoolean();
				AtomicLong cutAt = new AtomicLong(Long.MAX_VALUE);
				AtomicBoolean running = new AtomicBoolean(true);
				List<Thread> load = new java.util.ArrayList<>();
				for (int i = 0; i < 4; i++) {
					String path = i % 2 == 0 ? "/clients?q=a" : "/today";
					load.add(TcpGate.daemon(() -> {
						while (running.get()) {
							try {
								// Only requests sent during the outage count: one already under way
								// when the database went may still have finished.
								boolean sentDuringOutage = outage.get();
								long start = System.nanoTime();
								var response = Instances.get(base + path, therapist);
								long millis = (System.nanoTime() - start) / 1_000_000;
								if (sentDuringOutage && outage.get()) {
									slowest.accumulateAndGet(millis, Math::max);
									statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
									if (response.statusCode() == 503) {
										problems.add(response.headers().firstValue("Content-Type").orElse("") + " " + response.body());
									}
								}
							}
							catch (Exception e) {
								// A response already being written when the connection under it broke
								// (the session is saved as the page is sent) can only be cut off; any
								// later one must be answered.
								if (System.nanoTime() - cutAt.get() > Duration.ofSeconds(1).toNanos()) {
									statuses.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
								}
							}
						}
					}));
				}
				Thread.sleep(2000);

				gate.down();
				cutAt.set(System.nanoTime());
				outage.set(true);
				Thread.sleep(5000);
				var readiness = Instances.get(base + "/actuator/health/readiness", null);
				assertThat(readiness.statusCode()).isEqualTo(503);
				assertThat(readiness.body()).contains("DOWN");
				assertThat(Instances.get(base + "/actuator/health/liveness", null).statusCode())
					.as("alive: restarting it would not help").isEqualTo(200);
				Thread.sleep(OUTAGE.toMillis() - 5000);
				outage.set(false);
				gate.up();

				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				int status = 0;
				while (System.nanoTime() < deadline && status != 200) {
					Thread.sleep(500);
					status = Instances.get(base + "/clients?q=a", therapist).statusCode();
				}
				running.set(false);
				for (Thread t : load) {
					t.join();
				}

				assertThat(status).as("serves again, same session, without a restart").isEqualTo(200);
				assertThat(Instances.get(base + "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
				assertThat(statuses.keySet()).as("answers during the outage: %s", statuses).containsOnly(503);
				assertThat(statuses.get(503).get()).isGreaterThan(4);
				assertThat(problems).allSatisfy(p -> assertThat(p).startsWith("application/problem+json").contains("\"status\":503"));
				assertThat(slowest.get()).as("no request hangs").isLessThan(10_000);
			}
		}
	}
}
