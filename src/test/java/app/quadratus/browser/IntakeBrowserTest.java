package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.atlas.RedFlag;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A new client on a phone (390×844) accepts the emailed invitation, fills in the intake step by step and
 * makes the pain drawing by tapping the body chart (and by keyboard), sends it; the therapist signs in on
 * a tablet, finds the first assessment prefilled and adds to the drawing by tapping the chart too.
 * Screenshots of each step in target/screenshots.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class IntakeBrowserTest extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/invitation/[A-Za-z0-9_-]+)");

	private static final String PASSWORD = "harbour kettle violet";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewClientCompletesTheIntakeOnAPhoneAndTheTherapistFindsItPrefilled() throws Exception {
		String email = "rowan." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		UUID client = newClient(email);

		// The therapist invites the client to the client pages (the existing flow), on the tablet.
		signIn("therapist@norwich.demo");
		page.navigate(url("/clients/" + client + "/details"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to the client pages")).click();
		assertThat(page.getByText("Invitation sent.")).isVisible();
		String therapistState = context.storageState();

		BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
		Page client1 = phone.newPage();
		client1.setDefaultTimeout(15_000);
		page = client1;
		page.navigate(url(invitationPath(email)));
		page.getByLabel("New password").fill(PASSWORD);
		page.getByLabel("Repeat the password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
		page.waitForURL(u -> u.contains("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(u -> u.endsWith("/portal"));
		viewport("intake-01-home");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start my intake")).click();
		page.getByLabel("Your mobile or phone number").fill("07700 900789");
		// Bad input is shown beside its field: the consents are needed to go on.
		next();
		assertThat(page.locator("#treatmentConsent-error")).isVisible();
		viewport("intake-02-contact-error");
		page.locator("#treatmentConsent").check();
		page.locator("#privacyNoticeRead").check();
		next();

		page.getByLabel("How did it begin?").selectOption("GRADUAL");
		page.getByLabel("How many weeks have you had it?").fill("6");
		page.locator("input[name=seenDoctor][value=NO]").check();
		page.getByLabel("Have you had it before?").fill("Once, after moving house.");
		viewport("intake-03-history");
		next();
		page.getByLabel("Medication").fill("Paracetamol when needed");
		next();
		page.getByLabel("What do you do for work (or most of your day)?").fill("Bus driver");
		page.getByLabel("Roughly how many hours a day do you sit?").fill("8");
		page.locator("#load-DRIVING").check();
		next();

		for (RedFlag flag : RedFlag.values()) {
			page.locator("#flag-" + flag.id() + "-NO").check();
		}
		viewport("intake-04-red-flags");
		next();

		// The pain drawing: tap the left mid buttock on the back chart, choose 6 and "sharp or shooting".
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Where does it hurt?"))).isVisible();
		viewport("intake-05-pain-empty");
		page.locator(".tap-chart .zone-button[data-region=mid_buttock][data-side=LEFT]").first().tap();
		assertThat(page.locator("#pain-picker")).isVisible();
		page.locator("#pain-picker label.pick:has(input[name=pp-intensity][value='6'])").tap();
		page.locator("#pain-picker label.pick:has(input[name=pp-quality][value=SHARP])").tap();
		page.locator("#pain-picker label.pick:has(input[name=pp-timing][value=CONSTANT])").tap();
		viewport("intake-06-pain-picker");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).tap();
		assertThat(page.locator("#pain-picker")).isHidden();
		// And by keyboard: the lower back is a focusable button too.
		page.locator(".tap-chart .zone-button[data-region=lower_lumbar][data-side=RIGHT]").first().focus();
		page.keyboard().press("Enter");
		page.locator("#pain-picker label.pick:has(input[name=pp-intensity][value='4'])").click();
		page.locator("#pain-picker label.pick:has(input[name=pp-side][value=BOTH])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
		assertThat(page.locator("[data-pain-list=intake-form] li")).hasCount(2);
		assertThat(page.locator("[data-pain-list=intake-form]")).containsText("6/10, Sharp or shooting");
		page.locator(".tap-chart").first().scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intake-07-pain-drawn.png")));
		next();

		page.locator("#worse-prolonged_sitting").check();
		page.getByLabel("What makes it better?").fill("Walking the dog");
		next();
		page.getByLabel("What would you like to get back to?").fill("Drive a full shift without my leg going numb");
		next();
		viewport("intake-08-questionnaires");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue")).click();
		viewport("intake-09-review");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to the clinic")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you, your clinic has it"))).isVisible();
		viewport("intake-10-sent");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from client_intake where client_id = ? and submitted_at is not null")
			.param(client).query(Long.class).single()).isEqualTo(1);
		phone.close();

		// The therapist, on the tablet, finds it on the chart and the assessment prefilled.
		context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(1180, 820)
			.setLocale("en-GB").setStorageState(therapistState));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		page.navigate(url("/clients/" + client));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the assessment (prefilled)")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("From the client's intake"))).isVisible();
		assertThat(page.getByText("Drive a full shift without my leg going numb")).isVisible();
		assertThat(page.locator("#pain-mid_buttock-intensity")).hasValue("6");
		assertThat(page.locator("#pain-lower_lumbar-intensity")).hasValue("4");
		assertThat(page.locator("#factor-prolonged_sitting")).isChecked();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intake-11-assessment-prefilled.png")));

		// The therapist adds to the drawing by tapping the chart: the table follows.
		page.locator("#body-chart .zone-button[data-region=posterior_thigh][data-side=LEFT]").first().click();
		page.locator("#pain-picker label.pick:has(input[name=pp-intensity][value='3'])").click();
		page.locator("#pain-picker label.pick:has(input[name=pp-quality][value=TINGLING])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
		assertThat(page.locator("#pain-posterior_thigh-intensity")).hasValue("3");
		assertThat(page.locator("select[name='pain[posterior_thigh].quality']")).hasValue("TINGLING");
		assertThat(page.locator("#body-chart .zone-button[data-region=posterior_thigh][data-side=LEFT] text").first()).hasText("3");
		// The re-screening swaps the chart in again: scroll by id in the page, not through a handle that may be gone.
		page.evaluate("document.getElementById('body-chart')?.scrollIntoView()");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intake-12-assessment-tapped.png")));
	}

	/** What the phone shows from the top, not the whole scrolled page. */
	private void viewport(String name) {
		page.evaluate("window.scrollTo(0, 0)");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	private void next() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
		page.waitForLoadState();
	}

	private UUID newClient(String email) {
		UUID client = jdbc.sql("""
				select c.id from client c join clinic k on k.id = c.clinic_id
				join account t on t.clinic_id = k.id and t.email = 'therapist@norwich.demo'
				where c.archived = false and c.date_of_birth < ?
				and not exists (select 1 from account a where a.client_id = c.id)
				and not exists (select 1 from assessment s where s.client_id = c.id)
				and not exists (select 1 from client_intake i where i.client_id = c.id)
				order by c.id limit 1""")
			.param(java.time.LocalDate.now().minusYears(20)).query(UUID.class).single();
		jdbc.sql("update client set email = ? where id = ?").params(email, client).update();
		return client;
	}

	private String invitationPath(String email) throws Exception {
		for (int i = 0; i < 50; i++) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(email)) {
					Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
					if (link.find()) {
						return link.group(1);
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no invitation reached " + email);
	}
}
