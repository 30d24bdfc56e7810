package app.quadratus.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Debian Chromium driven by Playwright against the app on a random port. In CI a missing browser
 * fails the run; on a developer's machine without Chromium the tests are reported as skipped, loudly.
 * Playwright gives every launch a fresh temporary profile, so ~/.config/chromium is never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launch() throws Exception {
		boolean present = Files.isExecutable(CHROMIUM);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs Debian's chromium at " + CHROMIUM + " (apt-get install chromium)");
		}
		Assumptions.assumeTrue(present, "SKIPPED: no Chromium at /usr/bin/chromium; install Debian's chromium to run browser tests");
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		// A tablet in landscape: the device therapists use between clients.
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1180, 820).setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void signIn(String email) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill("quadratus-demo");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(u -> !u.contains("/login"));
	}

	protected void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
