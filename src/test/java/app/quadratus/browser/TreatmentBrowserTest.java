package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The care loop in a real browser: assessment → plan → the client agrees on the handed-over tablet →
 * session mode with releases timed by the hold timer (one while the network is cut) → sign. Every tap of
 * the session is counted: a standard session (check-in, three techniques, six releases, pain after, goals
 * reviewed, sign) must take at most 40, with no typing.
 */
class TreatmentBrowserTest extends BrowserTest {

	static final int TAP_BUDGET = 40;

	@Autowired
	JdbcClient jdbc;

	private int taps;

	@Test
	void assessmentPlanAgreementAndASignedSessionWithinTheTapBudget() {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		signIn("therapist@norwich.demo");
		assess(claire);

		// Plan: prefilled from the assessment; the therapist adds an activity goal and saves.
		page.navigate(url("/clients/" + claire));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New plan")).click();
		assertThat(page.locator("#problems")).containsText("Candidate muscles:");
		page.locator("select[name='goals[5].kind']").selectOption("activity");
		page.locator("input[name='goals[5].words']").fill("Sit through a one-hour meeting");
		page.locator("input[name='goals[5].baseline']").fill("3");
		page.locator("input[name='goals[5].target']").fill("8");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save plan")).click();
		assertThat(page.locator("#plan-status")).containsText("Awaiting agreement");
		page.setViewportSize(390, 844);
		screenshot("treatment-01-plan-phone");
		page.setViewportSize(1180, 820);

		// The client agrees on the tablet; the therapist takes it back with their password.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand to client to agree")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your treatment plan"))).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
		viewport("treatment-02-agreement");
		page.getByLabel("Type your full name to agree").fill("Claire Demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I agree to this plan")).click();
		assertThat(page.getByText("Please hand the tablet back to your therapist.")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hand back to the therapist")).click();
		page.getByLabel("Your password or tablet PIN").fill("quadratus-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
		assertThat(page.locator("#plan-status")).containsText("Agreed");

		// The session: every tap from here on counts.
		taps = 0;
		tap(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a session")));
		tap(page.locator("label.tap:has(input[name='painBefore'][value='6'])"));
		tap(page.locator("label.chip:has(input[name='homework'][value='partly'])"));
		for (String technique : List.of("deep_tissue", "myofascial_release", "passive_stretching")) {
			tap(page.locator("label.chip:has(input[name='techniques'][value='" + technique + "'])"));
		}
		tap(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start treatment")));
		assertThat(page.locator("#hold")).isVisible();
		page.waitForLoadState(LoadState.LOAD);
		UUID session = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
		viewport("treatment-03-session-mode-tablet");

		Locator muscles = page.locator("#session-mode .muscles").first().locator("button[data-muscle]");
		int[][] levels = { { 7, 3 }, { 5, 0 }, { 6, 4 }, { 4, 1 }, { 8, 5 }, { 5, 2 } };
		for (int i = 0; i < 6; i++) {
			if (i % 2 == 0) {
				tap(muscles.nth(i / 2));
			}
			tap(page.locator("button[data-level='" + levels[i][0] + "']"));
			tap(page.locator("#hold"));
			page.waitForTimeout(1100);
			tap(page.locator("button[data-level='" + levels[i][1] + "']"));
			if (i == 2) {
				// The connection drops just as the third release is saved: it waits in the browser.
				context.setOffline(true);
				tap(page.locator("#hold"));
				assertThat(page.locator("#sync-status")).containsText("No connection");
				org.assertj.core.api.Assertions.assertThat(releases(session)).isEqualTo(2);
				viewport("treatment-04-session-mode-offline");
				context.setOffline(false);
				page.evaluate("window.dispatchEvent(new Event('online'))");
			}
			else {
				tap(page.locator("#hold"));
			}
			assertThat(page.locator("#log-count")).hasText(String.valueOf(i + 1));
		}
		org.assertj.core.api.Assertions.assertThat(releases(session)).isEqualTo(6);
		// Last session's regions are marked already (carried forward); one more is tapped on the body chart.
		Locator untreated = page.locator("#region-chart .region-toggle[aria-pressed='false']").first();
		String regionId = untreated.getAttribute("data-region");
		Locator region = page.locator("#region-chart .region-toggle[data-region='" + regionId + "'][data-zone-side='"
				+ untreated.getAttribute("data-zone-side") + "']").first();
		int stored = Integer.parseInt(page.locator("#region-count").textContent().strip());
		tap(region);
		assertThat(region).hasAttribute("aria-pressed", "true");
		// The count is drawn from the server's answer: the tap has been stored.
		assertThat(page.locator("#region-count")).hasText(String.valueOf(stored + 1));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select regions from treatment_session where id = ?")
			.param(session).query(String.class).single()).contains("\"" + regionId + "\"");
		page.setViewportSize(820, 1180);
		viewport("treatment-05-session-mode-portrait");
		page.setViewportSize(1180, 820);

		tap(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Finish and sign")));
		tap(page.locator("label.tap:has(input[name='painAfter'][value='3'])"));
		Locator goals = page.locator(".goal-review");
		for (int g = 0; g < goals.count(); g++) {
			tap(goals.nth(g).locator("label.chip").first());
		}
		viewport("treatment-06-finish");
		tap(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the note")));
		assertThat(page.getByText("Session signed.")).isVisible();
		screenshot("treatment-07-signed");

		org.assertj.core.api.Assertions.assertThat(taps).as("taps for a standard session").isLessThanOrEqualTo(TAP_BUDGET);
		org.assertj.core.api.Assertions.assertThat(releases(session)).isEqualTo(6);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select status from treatment_session where id = ?")
			.param(session).query(String.class).single()).isEqualTo("signed");
		System.out.println("Standard session taps: " + taps);

		page.navigate(url("/clients/" + claire));
		assertThat(page.locator("#timeline")).containsText("Session");
		assertThat(page.locator(".pain-chart")).isVisible();
		page.locator("#treatment").scrollIntoViewIfNeeded();
		viewport("treatment-08-chart-timeline");
	}

	@Test
	void twoTabsOnOneDraftSeeEachOthersEntries() {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + claire + "/sessions/new"));
		page.locator("label.tap:has(input[name='painBefore'][value='5'])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start treatment")).click();
		assertThat(page.locator("#hold")).isVisible();
		UUID session = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
		Page second = context.newPage();
		second.navigate(page.url());
		logOne(page, 6, 2);
		logOne(second, 5, 1);
		assertThat(second.locator("#log-count")).hasText("2");
		logOne(page, 4, 0);
		// The first tab re-read the log after sending: it shows the second tab's entry as well.
		assertThat(page.locator("#log-count")).hasText("3");
		org.assertj.core.api.Assertions.assertThat(releases(session)).isEqualTo(3);
	}

	private static void logOne(Page tab, int before, int after) {
		Locator muscles = tab.locator("#session-mode .muscles").first().locator("button[data-muscle]");
		if (muscles.count() == 0) {
			if (tab.locator("details.more-muscles[open]").count() == 0) {
				tab.locator(".more-muscles summary").click();
			}
			muscles = tab.locator(".more-muscles button[data-muscle]");
		}
		muscles.first().click();
		tab.locator("button[data-level='" + before + "']").click();
		tab.locator("#hold").click();
		tab.waitForTimeout(1100);
		tab.locator("button[data-level='" + after + "']").click();
		tab.locator("#hold").click();
		assertThat(tab.locator("#sync-status")).hasText("Saved.");
	}

	private void tap(Locator target) {
		taps++;
		target.click();
	}

	private long releases(UUID session) {
		return jdbc.sql("select count(*) from trigger_point_release where session_id = ?").param(session)
			.query(Long.class).single();
	}

	private void assess(UUID client) {
		page.navigate(url("/clients/" + client + "/assessments/new"));
		page.waitForLoadState(LoadState.LOAD);
		for (String flag : List.of("urinary_dysfunction", "saddle_or_genital_sensory_change",
				"loss_of_rectal_sensation_or_faecal_incontinence", "new_sexual_dysfunction", "bilateral_leg_symptoms")) {
			page.locator("#flag-" + flag + "-NO").check();
		}
		page.locator("#pain-lower_buttock-intensity").selectOption("7");
		page.locator("select[name='pain[lower_buttock].side']").selectOption("LEFT");
		page.locator("#pain-lateral_thigh-intensity").selectOption("6");
		page.locator("#pain-lateral_leg-intensity").selectOption("4");
		assertThat(page.locator("#screening-panel")).containsText("Gluteus minimus");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Assessment saved.");
	}

	private void viewport(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}
}
