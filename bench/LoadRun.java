import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run against a local Quadratus (loopback only): N signed-in users hit one endpoint at a
 * time for a fixed time, after a warm-up, and the run reports throughput and p50/p95/p99 per endpoint.
 * Run with: java bench/LoadRun.java [baseUrl] [users] [seconds] [id of a client with a long history]
 *
 * <p>BENCH_THINK_MS (default 0): each user waits a random think time of that mean (exponential) before each
 * request, as a person reads a page before the next click: "64 users working" rather than 64 connections
 * sending back to back. The warm-up still runs without think time (the JIT needs the load); the measured
 * latency is from send to the last byte, the think time excluded.
 */
public class LoadRun {

	private static final String[] PREFIXES = { "sm", "smi", "ta", "tay", "pa", "pat", "wil", "cl", "cla", "ha", "hal",
			"jo", "jon", "ba", "bak", "gr", "gre", "ol", "oli", "ge", "geo", "mo", "mor", "da", "dav", "07700 91",
			"olivia.", "kh", "ok", "me" };

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		String longClient = args.length > 3 && !args[3].isBlank() ? args[3] : null;
		if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
			throw new IllegalArgumentException("load runs only against this machine (localhost)");
		}
		List<HttpClient> clients = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			clients.add(signIn(base, "therapist@norwich.demo", "quadratus-demo"));
		}
		List<String> chartIds = clientIds(clients.get(0), base);
		System.out.printf(Locale.ROOT, "Quadratus load run: %s, %d users, %d s per endpoint after a steady warm-up, %d cores, %s%s%n",
				base, users, seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				thinkMillis() > 0 ? String.format(Locale.ROOT, ", think time %.0f ms (mean) before each request", thinkMillis()) : "");
		System.out.printf(Locale.ROOT, "%-40s %8s %9s %8s %8s %8s %7s %6s%n", "endpoint", "requests", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "errors", "warm s");
		Result trivial = wanted("liveness") ? run("GET /actuator/health/liveness", clients, seconds,
				() -> base + "/actuator/health/liveness") : null;
		Result search = wanted("search") ? run("GET /clients?q=<prefix>", clients, seconds, () -> base + "/clients?q="
				+ URLEncoder.encode(PREFIXES[ThreadLocalRandom.current().nextInt(PREFIXES.length)], StandardCharsets.UTF_8))
				: null;
		Result fragment = wanted("fragment") ? run("GET /clients?q= (htmx, as typed)", clients, seconds, () -> base
				+ "/clients?q=" + URLEncoder.encode(PREFIXES[ThreadLocalRandom.current().nextInt(PREFIXES.length)],
						StandardCharsets.UTF_8) + "#htmx") : null;
		Result chart = wanted("chart") ? run("GET /clients/{id} (chart)", clients, seconds,
				() -> base + "/clients/" + chartIds.get(ThreadLocalRandom.current().nextInt(chartIds.size()))) : null;
		if (longClient != null && wanted("chart500")) {
			run("GET /clients/{id} (chart, 500 sessions)", clients, seconds, () -> base + "/clients/" + longClient);
		}
		if (longClient != null && wanted("timeline")) {
			run("GET /clients/{id}/timeline (500 sess.)", clients, seconds,
					() -> base + "/clients/" + longClient + "/timeline#htmx");
		}
		// With think time the rates are the users' pace, not the server's capacity: no ratio.
		if (trivial != null && search != null && fragment != null && chart != null && thinkMillis() == 0) {
			System.out.printf(Locale.ROOT, "search page = %.0f%% of trivial throughput; htmx search = %.0f%%; chart = %.0f%%%n",
					100 * search.perSecond / trivial.perSecond, 100 * fragment.perSecond / trivial.perSecond,
					100 * chart.perSecond / trivial.perSecond);
		}
	}

	/**
	 * BENCH_ENDPOINTS (comma-separated: liveness, search, fragment, chart, chart500, timeline) runs only
	 * those, for a quick before/after of one endpoint; unset runs all.
	 */
	static boolean wanted(String endpoint) {
		String only = System.getenv("BENCH_ENDPOINTS");
		return only == null || only.isBlank() || Arrays.asList(only.split("\\s*,\\s*")).contains(endpoint);
	}

	record Result(double perSecond) {
	}

	/**
	 * Warms the endpoint in 5 s windows until two windows in a row differ by less than 5% in throughput
	 * (the JIT has settled; at most BENCH_WARM_WINDOWS windows, default 18 = 90 s), then measures.
	 */
	static Result run(String name, List<HttpClient> clients, int seconds, Supplier<String> url) throws Exception {
		long warmStart = System.nanoTime();
		double previous = -1;
		for (int window = 0; window < maxWarmWindows(); window++) {
			int[] count = new int[1];
			phase(clients, 5, url, 0, (i, l) -> {
				synchronized (count) {
					count[0] += l.length;
				}
			});
			double rate = count[0] / 5.0;
			if (previous > 0 && Math.abs(rate - previous) < 0.05 * previous) {
				break;
			}
			previous = rate;
		}
		double warmed = (System.nanoTime() - warmStart) / 1e9;
		long[][] latencies = new long[clients.size()][];
		int[] errors = new int[1];
		long started = System.nanoTime();
		phase(clients, seconds, url, thinkMillis(), (i, l) -> latencies[i] = l);
		// With think time, users still asleep when the window closes are waited for: count the window only.
		double elapsed = thinkMillis() > 0 ? seconds : (System.nanoTime() - started) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(v -> {
			if (v < 0) {
				errors[0]++;
			}
			return v >= 0;
		}).sorted().toArray();
		double perSecond = (all.length + errors[0]) / elapsed;
		System.out.printf(Locale.ROOT, "%-40s %8d %9.1f %8.1f %8.1f %8.1f %7d %6.0f%n", name, all.length + errors[0], perSecond,
				pct(all, 50), pct(all, 95), pct(all, 99), errors[0], warmed);
		return new Result(perSecond);
	}

	interface Sink {
		void accept(int user, long[] latencies);
	}

	static void phase(List<HttpClient> clients, int seconds, Supplier<String> url, double thinkMillis, Sink sink)
			throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients.size(); i++) {
			int user = i;
			HttpClient client = clients.get(i);
			Thread thread = new Thread(() -> {
				long[] samples = new long[200_000];
				int n = 0;
				while (running.get() && n < samples.length) {
					if (thinkMillis > 0 && !think(thinkMillis, running)) {
						break;
					}
					long t0 = System.nanoTime();
					try {
						String target = url.get();
						HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.replace("#htmx", "")))
							.timeout(Duration.ofSeconds(10));
						if (target.endsWith("#htmx")) {
							// what the search box sends while the therapist types: the results fragment only
							request.header("HX-Request", "true");
						}
						HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
						samples[n++] = response.statusCode() == 200 ? System.nanoTime() - t0 : -1;
					}
					catch (Exception e) {
						samples[n++] = -1;
					}
				}
				if (sink != null) {
					sink.accept(user, Arrays.copyOf(samples, n));
				}
			});
			threads.add(thread);
			thread.start();
		}
		Thread.sleep(seconds * 1000L);
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
	}

	/** Sleeps an exponentially distributed think time; false if the phase ended meanwhile. */
	static boolean think(double meanMillis, AtomicBoolean running) {
		long pause = (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanMillis);
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return running.get();
	}

	static double thinkMillis() {
		String think = System.getenv("BENCH_THINK_MS");
		return think == null || think.isBlank() ? 0 : Double.parseDouble(think);
	}

	static int maxWarmWindows() {
		String windows = System.getenv("BENCH_WARM_WINDOWS");
		return windows == null || windows.isBlank() ? 18 : Integer.parseInt(windows);
	}

	static double pct(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	static HttpClient signIn(String base, String email, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed for " + email);
		}
		return client;
	}

	static List<String> clientIds(HttpClient client, String base) throws Exception {
		List<String> ids = new ArrayList<>();
		for (String prefix : List.of("sm", "ta", "pa", "wil", "cl")) {
			String page = client.send(HttpRequest.newBuilder(URI.create(base + "/clients?q=" + prefix)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = Pattern.compile("href=\"/clients/([0-9a-f-]{36})\"").matcher(page);
			while (m.find()) {
				ids.add(m.group(1));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("no clients found to open");
		}
		return ids;
	}
}
