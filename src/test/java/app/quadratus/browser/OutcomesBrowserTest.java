package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A therapist hands the tablet to a client, who completes an ODI; the chart then shows the new score. */
class OutcomesBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClientCompletesAnOdiInHandToClientModeAndTheChartUpdates() {
		UUID claire = jdbc.sql("select id from client where email = 'client@norwich.demo'").query(UUID.class).single();
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + claire));
		Locator odiRows = page.locator("#progress-odi tbody tr");
		int before = odiRows.count();
		org.assertj.core.api.Assertions.assertThat(before).isGreaterThan(1);
		assertThat(page.locator("#progress-odi svg")).isVisible();
		screenshot("outcomes-01-chart-before");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
			.setName("Hand the tablet to the client for the Oswestry Disability Index")).click();
		assertThat(page.getByText("Question 1 of 10")).isVisible();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
		screenshot("outcomes-02-question");
		// The Back button does not reach the chart: the tablet lands on the kiosk page.
		page.goBack();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This tablet is handed to a client"))).isVisible();
		assertThat(page.getByText("Oswestry Disability Index over time")).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the questionnaire")).click();
		assertThat(page.getByText("Question 1 of 10")).isVisible();

		for (int section = 1; section <= 10; section++) {
			assertThat(page.getByText("Question " + section + " of 10")).isVisible();
			if (section == 8) {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip: does not apply to me")).click();
			}
			else {
				page.locator("button.answer").nth(1).click();
			}
		}
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("That was the last question."))).isVisible();
		screenshot("outcomes-03-finish");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish")).click();
		assertThat(page.getByText("Please hand the tablet back to your therapist.")).isVisible();
		screenshot("outcomes-04-thank-you");

		// The tablet is still the client's: the chart opens only after the therapist's password.
		page.navigate(url("/clients/" + claire));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This tablet is handed to a client"))).isVisible();
		page.getByLabel("Your password or tablet PIN").fill("wrong guess");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
		assertThat(page.getByText("That is not the password or PIN.")).isVisible();
		screenshot("outcomes-05-kiosk-hand-back");
		page.getByLabel("Your password or tablet PIN").fill("quadratus-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock")).click();
		assertThat(odiRows).hasCount(before + 1);
		// Nine sections answered with 1 point each: 9 / 45 = 20.0%, minimal disability.
		assertThat(odiRows.last()).containsText("20.0");
		assertThat(odiRows.last()).containsText("Minimal disability");
		page.locator("#progress-odi").scrollIntoViewIfNeeded();
		screenshot("outcomes-06-chart-after");
	}
}
