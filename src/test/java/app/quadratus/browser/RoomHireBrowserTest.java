package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A hirer on a phone books Room 3 for two hours and finds it in their hires. */
class RoomHireBrowserTest extends BrowserTest {

	@Test
	void aHirerBooksARoomOnAPhone() {
		page.setViewportSize(390, 844);
		signIn("hirer@norwich.demo");
		LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(40).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		page.navigate(url("/hire/book?date=" + day));
		screenshot("40-hire-book-phone");
		page.getByLabel("From").selectOption("14:00");
		page.getByLabel("Hours").fill("2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
		assertThat(page.getByText("Room booked.")).isVisible();
		assertThat(page.getByText("14:00–16:00")).isVisible();
		screenshot("41-hire-mine-phone");
	}
}
