package app.quadratus.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import app.quadratus.testing.DatabaseTest;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a TLS-terminating proxy (on a private or loopback address, as here), the forwarded headers are
 * honoured: the audit log records the client's address, HTTPS pages send HSTS and Secure cookies. A
 * real server, because Tomcat's RemoteIpValve is not part of MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DatabaseTest
class ReverseProxyTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theAuditRecordsTheForwardedClientAddressAndHttpsGetsHsts() throws Exception {
		UUID client = demo.aClientOf(DemoAccounts.THERAPIST);
		HttpResponse<String> response = http.send(request("/api/v1/clients/" + client)
			.header("Authorization", basic(DemoAccounts.THERAPIST))
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(jdbc.sql("select address from audit_event where client_id = ? and action = 'VIEW' order by id desc limit 1")
			.param(client).query(String.class).single()).isEqualTo("203.0.113.9");
	}

	@Test
	void sessionCookiesAreSecureOnHttpsOnlyAndPlainHttpGetsNoHsts() throws Exception {
		HttpResponse<String> https = http.send(request("/login").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookie(https)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		HttpResponse<String> plain = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookie(plain)).doesNotContain("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static String basic(String email) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}
}
