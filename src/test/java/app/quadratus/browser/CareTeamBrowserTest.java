package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The care-team journey on phones: Claire shares with her Pilates instructor from the portal; the
 * instructor accepts the emailed invitation, sees the goals and programme and writes a note; the
 * therapist sees the note on the timeline; Claire withdraws and the instructor's next request is refused.
 * Three people, three browser contexts (each its own sign-in).
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class CareTeamBrowserTest extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitation/[A-Za-z0-9_-]+)");

	private static final String PASSWORD = "harbour kettle violet";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientSharesWithHerInstructorWhoFollowsUntilTheShareIsWithdrawn() {
		String email = "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Page client = phone();
		page = client;
		signIn("client@norwich.demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who can see my care")).click();
		page.getByLabel("Their name").fill("Ana Fit");
		page.getByLabel("Their email").fill(email);
		page.getByLabel("Why you share it").fill("So my Pilates classes follow my programme");
		page.getByLabel("Their name").scrollIntoViewIfNeeded();
		screenshot("careteam-01-client-shares");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
		assertThat(page.getByText("Shared. They have been emailed.")).isVisible();
		page.evaluate("window.scrollTo(0, 0)");
		assertThat(page.locator(".entries")).containsText("Ana Fit");
		screenshot("careteam-02-shared");

		Page instructor = phone();
		page = instructor;
		page.navigate(url(invitationPath(email)));
		page.locator("#password").fill(PASSWORD);
		page.locator("#repeat").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
		page.waitForURL(u -> u.contains("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(u -> u.endsWith("/partner"));
		screenshot("careteam-03-instructor-clients");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Claire Demo"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Goals"))).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home programme"))).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Precautions"))).isVisible();
		screenshot("careteam-04-instructor-client");
		String note = "45-minute class, no flare-up, working on bridges (" + email.substring(4, 12) + ")";
		page.getByLabel("What did you do together?").fill(note);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the note")).click();
		assertThat(page.getByText("Your note was sent to the clinic.")).isVisible();
		String shareUrl = page.url();
		page.evaluate("window.scrollTo(0, 0)");
		screenshot("careteam-05-note-sent");

		Page therapist = phone();
		page = therapist;
		signIn("therapist@norwich.demo");
		UUID claire = jdbc.sql("select client_id from account where email = 'client@norwich.demo'").query(UUID.class).single();
		page.navigate(url("/clients/" + claire + "/timeline"));
		assertThat(page.getByText(note, new Page.GetByTextOptions().setExact(false))).isVisible();
		screenshot("careteam-06-therapist-timeline");

		page = client;
		page.reload();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw the share with Ana Fit")).click();
		assertThat(page.getByText("Withdrawn. They can no longer see it")).isVisible();
		page.evaluate("window.scrollTo(0, 0)");
		screenshot("careteam-07-withdrawn");

		page = instructor;
		Response refused = page.navigate(shareUrl);
		assertThat(refused.status()).isEqualTo(404);
		page.navigate(url("/partner"));
		assertThat(page.getByText("Nobody shares their care with you at the moment.")).isVisible();
		screenshot("careteam-08-instructor-after");
	}

	/** What the phone shows where the page is scrolled to (a full-page shot repeats the sticky header mid-page). */
	@Override
	protected void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	/** A phone-size context of its own: each person signs in separately. */
	private Page phone() {
		BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
		Page opened = phone.newPage();
		opened.setDefaultTimeout(15_000);
		return opened;
	}

	private String invitationPath(String to) {
		MimeMessage invitation = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(to);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).findFirst().orElseThrow();
		Matcher link = LINK.matcher(GreenMailUtil.getBody(invitation).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}
}
