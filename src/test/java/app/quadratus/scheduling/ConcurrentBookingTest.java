package app.quadratus.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.quadratus.QuadratusApplication;
import app.quadratus.testing.DatabaseTest;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app instances (two Spring applications on their own ports, one database) receive 50 bookings of
 * one therapist at one time, all at once, over HTTP. The slot claims let exactly one through; every
 * other request is a 409, never a 5xx. Runs on H2 and on PostgreSQL.
 */
@DatabaseTest
class ConcurrentBookingTest {

	@Test
	void fiftyConcurrentBookingsOnTwoInstancesYieldExactlyOne() throws Exception {
		try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			SchedulingFixture f = SchedulingFixture.of(first.getBean(DemoData.class), jdbc);
			LocalDate day = SchedulingFixture.wednesdayIn(20);
			String start = day.atTime(14, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime().toString();
			List<Integer> ports = List.of(port(first), port(second));
			HttpClient http = HttpClient.newHttpClient();
			String auth = "Basic " + Base64.getEncoder()
				.encodeToString((DemoAccounts.RECEPTION + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
			ExecutorService pool = Executors.newFixedThreadPool(50);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				int n = i;
				// Every request wants Sam at 14:00; rooms and clients vary, so some clash on more than one thing.
				String body = SchedulingFixture.booking(f.clients().get(n % f.clients().size()), f.sam(), f.followUp(),
						f.rooms().get(n % f.rooms().size()), start);
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(n % 2) + "/api/v1/appointments"))
					.header("Authorization", auth).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build();
				answers.add(pool.submit(() -> {
					go.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
				}));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			pool.shutdown();
			Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(counted).isEqualTo(Map.of(201, 1L, 409, 49L));
			assertThat(jdbc.sql("select count(*) from appointment where therapist_id = ? and starts_at = ? and status <> 'CANCELLED'")
				.params(f.sam(), java.time.OffsetDateTime.parse(start)).query(Long.class).single()).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(QuadratusApplication.class)
			// Command-line arguments: they outrank application.yml's port, default properties do not.
			.run("--server.port=0", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
