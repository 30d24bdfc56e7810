package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new client on a phone books an initial assessment online (service, therapist, time, register,
 * confirm); the therapist, on a tablet, finds the booking in their day.
 */
class OnlineBookingBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewClientBooksOnlineAndTheTherapistSeesItInTheirDay() {
		UUID clinic = jdbc.sql("select clinic_id from account where email = 'therapist2@norwich.demo'").query(UUID.class).single();
		LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(9).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));

		page.setViewportSize(390, 844);
		page.navigate(url("/book/" + clinic));
		screenshot("50-book-services-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Initial assessment")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priya Shah").setExact(true)).click();
		page.navigate(page.url() + "&from=" + day);
		screenshot("51-book-slots-phone");
		page.locator("a.slot").first().click();
		page.getByLabel("Given name").fill("Olive");
		page.getByLabel("Family name").fill("Online");
		page.getByLabel("Date of birth").fill("1979-06-15");
		page.getByLabel("Email").fill("olive.online@example.org");
		page.getByLabel("Choose a password").fill("olive books her first visit");
		page.getByText("I have read the clinic's privacy notice").click();
		screenshot("52-book-register-phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account and continue")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm booking")).click();
		assertThat(page.getByText("Booked. We have emailed you the details")).isVisible();
		screenshot("53-book-done-phone");
		String when = page.locator(".booking-summary dd").nth(1).textContent();

		page.context().clearCookies();
		page.setViewportSize(1180, 820);
		signIn("therapist2@norwich.demo");
		page.navigate(url("/calendar?date=" + day + "&view=day"));
		assertThat(page.getByText("Olive Online").first()).isVisible();
		screenshot("54-book-therapist-day-tablet");
		page.navigate(url("/today"));
		assertThat(page.getByText("New online bookings")).isVisible();
		assertThat(page.locator("#new-online").getByText("Olive Online")).isVisible();
		screenshot("55-book-today-new-online-tablet");
		org.assertj.core.api.Assertions.assertThat(when).contains(day.getDayOfMonth() + "");
	}
}
