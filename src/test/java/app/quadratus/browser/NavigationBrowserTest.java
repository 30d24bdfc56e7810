package app.quadratus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The staff top bar on the devices a clinic uses: the navigation keeps one row on a tablet in both
 * orientations and on a phone (where it gets its own row under the brand), and the folded links are one
 * keyboard-operable "More" away.
 */
class NavigationBrowserTest extends BrowserTest {

	/** One row of 48px targets plus the bar's padding; a wrapped bar is at least two rows high. */
	static final double ONE_ROW = 70;

	@ParameterizedTest
	@ValueSource(strings = { "owner", "therapist" })
	void theNavigationKeepsOneRowOnATabletAndAPhone(String who) {
		signIn(who + "@norwich.demo");
		for (int[] size : new int[][] { { 1024, 768 }, { 768, 1024 }, { 390, 844 } }) {
			page.setViewportSize(size[0], size[1]);
			page.navigate(url("/today"));
			Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
			assertThat(nav.boundingBox().height).as("nav height at %dx%d", size[0], size[1]).isLessThan(ONE_ROW);
			if (size[0] >= 768) {
				// Brand, navigation and the signed-in person side by side.
				assertThat(page.locator("header.topbar").boundingBox().height).as("bar at %dx%d", size[0], size[1])
					.isLessThan(ONE_ROW);
			}
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling at %dx%d", size[0], size[1]).isTrue();
			screenshot("nav-" + who + "-" + size[0] + "x" + size[1]);

			Locator more = page.locator("details.nav-more > summary");
			more.click();
			Locator requests = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record requests"));
			assertThat(requests).isVisible();
			assertThat(requests.boundingBox().height).isGreaterThanOrEqualTo(44);
			screenshot("nav-" + who + "-" + size[0] + "x" + size[1] + "-more");
			more.click();
			assertThat(requests).isHidden();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "owner", "therapist" })
	void theMoreMenuWorksFromTheKeyboardAndMarksWhereYouAre(String who) {
		signIn(who + "@norwich.demo");
		page.setViewportSize(768, 1024);
		page.navigate(url("/today"));
		Locator more = page.locator("details.nav-more > summary");
		more.focus();
		page.keyboard().press("Enter");
		Locator requests = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record requests"));
		assertThat(requests).isVisible();
		page.keyboard().press("Escape");
		assertThat(requests).isHidden();
		assertThat(more).isFocused();

		page.keyboard().press("Enter");
		page.keyboard().press("Tab");
		assertThat(requests).isFocused();
		page.keyboard().press("Enter");
		page.waitForURL(u -> u.endsWith("/record-requests"));
		// The folded page is current: "More" says so, and the link inside says which.
		assertThat(page.locator("details.nav-more > summary.current")).isVisible();
		assertThat(page.locator("details.nav-more a[aria-current=page]")).hasText("Record requests");

		Locator person = page.locator("details.who > summary");
		person.click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		if ("owner".equals(who)) {
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log"))).isHidden();
		}
		else {
			assertThat(page.locator("a[href='/audit']")).hasCount(0);
		}
	}
}
