package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class ClientJourneyBrowserTest extends BrowserTest {

	@Test
	void therapistSearchesOpensAChartAndCreatesAClientAfterFixingAMistake() {
		signIn("therapist@norwich.demo");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Sam Okafor"))).isVisible();
		screenshot("01-today");

		page.navigate(url("/clients"));
		page.getByLabel("Search clients").fill("demo");
		// htmx replaces the results as the therapist types: wait for the narrowed list.
		assertThat(page.locator("#result-count")).hasText("1 client");
		assertThat(page.locator("#results")).containsText("Demo, Claire");
		screenshot("02-client-search");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo, Claire")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Claire Demo"))).isVisible();
		screenshot("03-chart");

		page.navigate(url("/clients/new"));
		page.getByLabel("Given name").fill("Rosalind");
		page.getByLabel("Family name").fill("Pettigrew");
		page.getByLabel("Date of birth").fill("2090-05-01");
		page.getByLabel("Email").fill("rosalind-at-example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create client")).click();
		assertThat(page.locator("#dateOfBirth-error")).hasText("The date of birth must be in the past.");
		assertThat(page.locator("#email-error")).containsText("name@example.com");
		assertThat(page.getByLabel("Given name")).hasValue("Rosalind");
		screenshot("04-new-client-errors");

		page.getByLabel("Date of birth").fill("1979-05-01");
		page.getByLabel("Email").fill("rosalind@example.org");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create client")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rosalind Pettigrew"))).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Client created.");
		screenshot("05-new-client-chart");
	}

	@Test
	void receptionCannotReachClinicalPages() {
		signIn("reception@norwich.demo");
		page.navigate(url("/clients"));
		page.getByLabel("Search clients").fill("demo");
		assertThat(page.locator("#result-count")).hasText("1 client");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo, Claire")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/details$"));
		String chart = page.url().replace("/details", "");
		var response = page.navigate(chart);
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Your role cannot open this page");
		screenshot("06-reception-forbidden");
	}

	@Test
	void theSecondClinicsClientIsNotFound() {
		signIn("therapist@second.demo");
		page.navigate(url("/clients?q=demo"));
		assertThat(page.locator("#results")).containsText("No client matches");
		signInAgainAs("therapist@norwich.demo");
		page.navigate(url("/clients?q=secondsmith"));
		assertThat(page.locator("#results")).containsText("No client matches");
	}

	private void signInAgainAs(String email) {
		context.clearCookies();
		signIn(email);
	}
}
