package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import app.quadratus.testing.DemoAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drill: an instance is killed with SIGKILL (kill -9) in the middle of a write load of new clients.
 * Every request it answered 201 must be in the database afterwards, with its audit entry: a change is
 * committed, with its audit entry, before its answer is sent. The instance runs in a JVM of its own
 * on an embedded PostgreSQL.
 */
class KillNineDrillTest {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyClientAnsweredCreatedIsInTheDatabaseAfterTheInstanceIsKilled() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			int port;
			try (ServerSocket free = new ServerSocket(0)) {
				port = free.getLocalPort();
			}
			Path log = Files.createDirectories(Path.of("target/test-data")).resolve("kill-nine-" + UUID.randomUUID() + ".log");
			Process instance = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
					"app.quadratus.QuadratusApplication", "--server.port=" + port,
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
					"--quadratus.demo.enabled=true", "--quadratus.demo.clients=5",
					"--quadratus.data-dir=target/test-data/kill-nine-" + UUID.randomUUID(),
					"--quadratus.test.mock-sessions=false", "--quadratus.reminders.interval=PT24H")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			try {
				String base = "http://localhost:" + port;
				awaitReady(base, instance);

				List<UUID> acknowledged = new CopyOnWriteArrayList<>();
				AtomicBoolean killed = new AtomicBoolean();
				AtomicInteger failedAfterKill = new AtomicInteger();
				List<Thread> writers = new ArrayList<>();
				for (int w = 0; w < 4; w++) {
					writers.add(TcpGate.daemon(() -> {
						while (!killed.get() || failedAfterKill.get() < 20) {
							try {
								HttpResponse<String> response = http.send(newClient(base), HttpResponse.BodyHandlers.ofString());
								if (response.statusCode() == 201) {
									String location = response.headers().firstValue("Location").orElseThrow();
									acknowledged.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
								}
							}
							catch (Exception e) {
								if (killed.get()) {
									failedAfterKill.incrementAndGet();
								}
							}
						}
					}));
				}
				// Killed in full flight: once a few dozen clients are acknowledged (a cold JVM on two cores is slow).
				long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
				while (acknowledged.size() < 30 && System.nanoTime() < until) {
					Thread.sleep(200);
				}
				instance.destroyForcibly();
				killed.set(true);
				instance.waitFor();
				for (Thread writer : writers) {
					writer.join(30_000);
				}

				assertThat(acknowledged).as("the load got going before the kill").hasSizeGreaterThan(5);
				JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
				for (UUID id : acknowledged) {
					assertThat(jdbc.sql("select count(*) from client where id = ?").param(id).query(Long.class).single())
						.as("client %s answered 201", id).isEqualTo(1);
					assertThat(jdbc.sql("select count(*) from audit_event where client_id = ?").param(id).query(Long.class).single())
						.as("the creation of %s audited", id).isPositive();
				}
			}
			finally {
				instance.destroyForcibly();
			}
		}
	}

	private HttpRequest newClient(String base) {
		String family = "Drill" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
		String json = "{\"givenName\": \"Kay\", \"familyName\": \"" + family + "\", \"dateOfBirth\": \"1980-02-03\"}";
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/clients"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((DemoAccounts.RECEPTION + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private void awaitReady(String base, Process instance) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!instance.isAlive()) {
				throw new IllegalStateException("the instance stopped while starting; see target/test-data/kill-nine-*.log");
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// still starting
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("the instance did not become ready");
	}

	private static String javaBinary() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}
}
