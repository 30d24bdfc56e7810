package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import app.quadratus.testing.DemoData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HomeworkBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void aTherapistSeesTheFlagGivesASuggestedProgrammeAndPrintsIt() {
		UUID clinic = demo.clinicOf("therapist@norwich.demo");
		UUID lapsed = jdbc.sql("""
				select p.client_id from home_programme p join home_programme_exercise e on e.programme_id = p.id
				where p.clinic_id = ? and e.exercise_id = 'habit_walking_programme' and p.ends_on is null
				order by p.starts_on limit 1""").param(clinic).query(UUID.class).single();
		UUID deepGluteal = jdbc.sql("select client_id from assessment_version where clinic_id = ? and pattern = 'DEEP_GLUTEAL'")
			.param(clinic).query(UUID.class).list().get(0);
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + lapsed));
		Locator homework = page.locator("#homework");
		assertThat(homework).containsText("Under 50% over the last two weeks");
		homework.scrollIntoViewIfNeeded();
		homework.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("60-homework-chart-flagged.png")));

		page.setViewportSize(390, 844);
		page.navigate(url("/clients/" + deepGluteal + "/homework/new"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suggested"))).isVisible();
		page.locator("input[type=checkbox][name='rows[0].give']").check();
		page.locator("input[type=checkbox][name='rows[1].give']").check();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("61-homework-new-phone.png")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the programme")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Home programme saved.");
		assertThat(page.locator(".programme-item svg").first()).isVisible();
		screenshot("62-homework-programme-phone");
		Path pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Handout (PDF)")).click()).path();
		org.assertj.core.api.Assertions.assertThat(pdf.toFile().length()).isGreaterThan(5_000);
	}
}
