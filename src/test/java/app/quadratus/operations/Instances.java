package app.quadratus.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.quadratus.QuadratusApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Real application instances on random ports, and a browser-like client that carries the SESSION cookie. */
final class Instances {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Instances() {
	}

	/** Starts the application on a random port against the given PostgreSQL, sessions by cookie as in production. */
	static ConfigurableApplicationContext start(String jdbcUrl, boolean seedDemo, String dataDir) {
		// Command-line arguments: they win over application.yml (default properties would not).
		Map<String, String> settings = Map.of(
				"server.port", "0",
				"spring.datasource.url", jdbcUrl,
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "postgres",
				"quadratus.demo.enabled", String.valueOf(seedDemo),
				"quadratus.data-dir", dataDir,
				"quadratus.test.mock-sessions", "false",
				"quadratus.reminders.interval", "PT24H",
				"spring.thymeleaf.cache", "true");
		return new SpringApplicationBuilder(QuadratusApplication.class)
			.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(String url, String cookie, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the sign-in page like a browser; returns the session cookie ("SESSION=…"). */
	static String signIn(String base, String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = get(base + "/login", null);
		String cookie = sessionCookie(page, null);
		HttpResponse<String> signedIn = post(base + "/login", cookie,
				Map.of("username", email, "password", password, "_csrf", csrf(page.body())));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		return sessionCookie(signedIn, cookie);
	}

	static String sessionCookie(HttpResponse<?> response, String previous) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(previous);
	}

	static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return matcher.group(1);
	}
}
