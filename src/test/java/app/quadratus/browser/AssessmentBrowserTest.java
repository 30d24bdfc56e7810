package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import app.quadratus.testing.DemoData;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AssessmentBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void aCaudaEquinaAnswerShowsTheEmergencyBanner() {
		signIn("therapist@norwich.demo");
		openNewAssessmentForClaire();
		page.locator("#flag-urinary_dysfunction-YES").check();
		assertThat(page.locator(".emergency-banner")).containsText("Emergency: send to A&E today");
		assertThat(page.locator(".emergency-banner")).containsText("Where to send them");
		screenshot("10-assessment-emergency");
		viewport("10b-assessment-emergency-top");
	}

	@Test
	void aGluteusMinimusPseudoSciaticaDrawingPutsItAmongTheFirstThreeAndIsSaved() {
		signIn("therapist@norwich.demo");
		openNewAssessmentForClaire();
		for (String flag : List.of("urinary_dysfunction", "saddle_or_genital_sensory_change",
				"loss_of_rectal_sensation_or_faecal_incontinence", "new_sexual_dysfunction", "bilateral_leg_symptoms")) {
			page.locator("#flag-" + flag + "-NO").check();
		}
		page.locator("#pain-lower_buttock-intensity").selectOption("7");
		page.locator("select[name='pain[lower_buttock].side']").selectOption("LEFT");
		page.locator("#pain-lateral_thigh-intensity").selectOption("6");
		page.locator("#pain-lateral_leg-intensity").selectOption("4");
		page.locator("#factor-rising_from_sitting").check();
		assertThat(page.locator("#screening-panel")).containsText("Gluteus minimus");
		// Each change re-ranks through htmx: wait for the answer to the last one (the rising-from-sitting
		// factor) rather than reading the list while an earlier answer is still on screen.
		page.waitForCondition(() -> page.locator("ol.candidates > li h4").allTextContents().stream().limit(3)
			.anyMatch("Gluteus minimus"::equals));
		List<String> firstThree = page.locator("ol.candidates > li h4").allTextContents().subList(0, 3);
		org.assertj.core.api.Assertions.assertThat(firstThree).contains("Gluteus minimus");
		page.locator("#palp-gluteus_minimus-REPRODUCED_FAMILIAR_PAIN").check();
		assertThat(page.locator("#screening-panel .pattern")).hasText("Myofascial (trigger point) picture");
		screenshot("11-assessment-gluteus-minimus");
		page.locator("#drawing-heading").scrollIntoViewIfNeeded();
		page.evaluate("window.scrollBy(0, -20)");
		viewport("11b-assessment-drawing");
		page.locator("#tests-heading").scrollIntoViewIfNeeded();
		viewport("11c-assessment-tests");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Assessment of Claire Demo"))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Assessment saved.");
		screenshot("12-assessment-saved");
		viewport("12b-assessment-saved-top");
	}

	@Test
	void aReAssessmentShowsTheTwoDrawingsSideBySide() {
		UUID later = jdbc.sql("""
				select a.id from assessment a where a.clinic_id = ? and (select count(*) from assessment b
				where b.client_id = a.client_id) = 2 order by a.assessed_at desc limit 1""")
			.param(demo.clinicOf("therapist@norwich.demo")).query(UUID.class).single();
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + demo.clientOfAssessment(later) + "/assessments/" + later));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compared with the previous assessment"))).isVisible();
		screenshot("13-assessment-compare");
		page.navigate(url("/clients/" + demo.clientOfAssessment(later)));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New assessment"))).isVisible();
		screenshot("14-chart-assessments");
	}

	/** What a tablet shows at once, to judge legibility (the full-page shots are very tall). */
	private void viewport(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	private void openNewAssessmentForClaire() {
		page.navigate(url("/clients?q=demo"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo, Claire")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New assessment")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Red flags first"))).isVisible();
		// htmx is a deferred script: wait until it has run before the first answer.
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
	}
}
