package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client on a phone (390×844): signs in and lands on the portal home, agrees the plan with their typed
 * name, ticks three exercises, records today's pain, sees the progress chart and asks for their notes; the
 * therapist sees the adherence and shares a session summary, which the client then reads. Screenshots of
 * each page.
 */
class PortalBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientUsesThePortalOnAPhone() throws Exception {
		context.close();
		context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		planAwaitingAgreement();

		signIn("client@norwich.demo");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Claire Demo"))).isVisible();
		screenshot("portal-01-home");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read my plan")).click();
		screenshot("portal-02-plan");
		page.getByLabel("Type your full name to agree this plan").fill("Claire Demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree this plan")).click();
		assertThat(page.getByText("Thank you: your plan is agreed.")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercises").setExact(true)).click();
		Locator exercises = page.locator("article.exercise");
		long ticksBefore = jdbc.sql("select count(*) from homework_tick where client_id = ?").param(claire()).query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(exercises.count()).isGreaterThanOrEqualTo(3);
		for (int i = 0; i < 3; i++) {
			Locator button = page.locator("article.exercise").nth(i).locator("form.tick-form button");
			if (i == 0) {
				page.locator("article.exercise").nth(i).locator("input[name=note]").fill("A little tight on the right");
			}
			button.click();
			assertThat(page.getByText("Ticked off. Nice work.")).isVisible();
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from homework_tick where client_id = ? and note = ?")
			.params(claire(), "A little tight on the right").query(Long.class).single()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from homework_tick where client_id = ?")
			.param(claire()).query(Long.class).single()).isEqualTo(ticksBefore + 3);
		screenshot("portal-03-exercises");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diary").setExact(true)).click();
		page.locator("label[for=pain-3]").click();
		page.getByLabel("A note (optional)").fill("Better after the walk");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save today's entry")).click();
		assertThat(page.getByText("Saved in your pain diary.")).isVisible();
		assertThat(page.getByText("Better after the walk")).isVisible();
		screenshot("portal-04-diary");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress").setExact(true)).click();
		assertThat(page.locator(".progress-svg").first()).isVisible();
		screenshot("portal-05-progress");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true)).click();
		assertThat(page.getByText("Your plan is ready to agree")).hasCount(0);
		screenshot("portal-06-home-after");

		// My details: the data download and the request for the therapist's notes.
		page.navigate(url("/portal/details#data"));
		page.getByLabel("Would you like your therapist's own notes too?").fill("Please send me my session notes.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request")).click();
		assertThat(page.getByText("Waiting for the clinic").first()).isVisible();
		page.locator("#data").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-07-my-data.png")));
		page.locator("form[action='/logout'] button").click();

		// The therapist sees the adherence on the chart and shares a summary of a signed session.
		UUID session = signedSessionOfClaire();
		context.close();
		context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + claire()));
		Locator homework = page.locator("section:has(#homework-heading)");
		assertThat(homework.getByText("Overall:").first()).isVisible();
		assertThat(homework.locator("tbody tr").first()).isVisible();
		page.navigate(url("/clients/" + claire() + "/sessions/" + session));
		page.getByLabel("Summary in plain words").fill("We eased your lower back today.\nWalk for 20 minutes each day.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with the client")).click();
		assertThat(page.getByText("The summary is now in the client's portal.")).isVisible();

		// Back on the phone: the client reads it.
		context.close();
		context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		signIn("client@norwich.demo");
		assertThat(page.getByText("From your last session")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All session summaries")).click();
		assertThat(page.getByText("Walk for 20 minutes each day.")).isVisible();
		screenshot("portal-08-summaries");
		page.locator("form[action='/logout'] button").click();
		page.navigate(url("/login/link"));
		screenshot("portal-09-sign-in-link");
	}

	/** A signed session for Claire (the demo gives her none), copied from another client's signed session. */
	private UUID signedSessionOfClaire() {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into treatment_session (id, clinic_id, client_id, plan_id, status, started_at, pain_before, pain_after,
				homework, goals, techniques, regions, note, content_sha256, signed_by, signed_at, created_by, created_at,
				changed_by, changed_at)
				select ?, clinic_id, ?, null, status, started_at, pain_before, pain_after, homework, '[]', techniques, regions,
				note, content_sha256, signed_by, signed_at, created_by, created_at, changed_by, changed_at
				from treatment_session where status = 'signed' and clinic_id = (select clinic_id from client where id = ?)
				order by started_at desc limit 1""")
			.params(id, claire(), claire()).update();
		return id;
	}

	private UUID claire() {
		return jdbc.sql("select client_id from account where email = 'client@norwich.demo'").query(UUID.class).single();
	}

	/** What the phone shows (the viewport, from the top), not the whole scrolled page. */
	@Override
	protected void screenshot(String name) {
		page.evaluate("window.scrollTo(0, 0)");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	/** Other tests may have agreed Claire's plan in the shared test database: the therapist then revises it. */
	private void planAwaitingAgreement() throws Exception {
		UUID claire = jdbc.sql("select client_id from account where email = 'client@norwich.demo'").query(UUID.class).single();
		UUID plan = jdbc.sql("select id from treatment_plan where client_id = ? order by created_at desc limit 1")
			.param(claire).query(UUID.class).single();
		int latest = jdbc.sql("select max(version) from plan_version where plan_id = ?").param(plan).query(Integer.class).single();
		boolean agreed = jdbc.sql("select count(*) from plan_agreement where plan_id = ? and version = ?").params(plan, latest)
			.query(Long.class).single() > 0;
		if (agreed) {
			String basic = Base64.getEncoder().encodeToString("therapist@norwich.demo:quadratus-demo".getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/plans/" + plan)))
				.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("""
						{"goals": [{"kind": "activity", "activity": "Sit through a one-hour meeting", "baseline": 3, "target": 8}],
						 "basedOnVersion": %d}""".formatted(latest)))
				.build(), HttpResponse.BodyHandlers.ofString());
			org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		}
	}
}
