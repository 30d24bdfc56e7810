package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class StaffInvitationTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/(?:invitation|password/reset)/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Test
	void theOwnerInvitesATherapistWhoChoosesAPasswordFromTheEmailAndSignsIn() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Nell Invitee").param("email", "nell@example.org").param("role", "THERAPIST"))
			.andExpect(redirectedUrl("/staff"));

		MimeMessage invitation = mail.getReceivedMessages()[0];
		assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("nell@example.org");
		String link = linkIn(invitation);

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("choose your password")));
		mvc.perform(post(link).with(csrf()).param("password", "password1234").param("repeat", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lists of leaked passwords")));
		mvc.perform(post(link).with(csrf()).param("password", "harbour kettle violet").param("repeat", "harbour kettle violet"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user("nell@example.org").password("harbour kettle violet")).andExpect(authenticated());
		mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOwnerInvites() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(post("/staff").session(therapist).with(csrf())
			.param("displayName", "Sneaky").param("email", "sneaky@example.org").param("role", "OWNER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAddressWithAnAccountInAnotherClinicIsInvitedLikeAnyOtherAndOnlyItsHolderLearnsItCannotJoin() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		String taken = mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Alex Elsewhere").param("email", DemoAccounts.OTHER_CLINIC).param("role", "THERAPIST"))
			.andExpect(redirectedUrl("/staff")).andReturn().getFlashMap().get("flash").toString();
		String fresh = mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Fern Fresh").param("email", "fern.fresh@example.org").param("role", "THERAPIST"))
			.andExpect(redirectedUrl("/staff")).andReturn().getFlashMap().get("flash").toString();
		assertThat(taken).isEqualTo(fresh);
		mvc.perform(get("/staff").session(owner)).andExpect(content().string(containsString(DemoAccounts.OTHER_CLINIC)))
			.andExpect(content().string(containsString("fern.fresh@example.org")));
		MimeMessage invitation = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(DemoAccounts.OTHER_CLINIC);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).findFirst().orElseThrow();
		mvc.perform(post(linkIn(invitation)).with(csrf()).param("password", "harbour kettle violet").param("repeat", "harbour kettle violet"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has a Quadratus account")));
		// The other clinic's account is untouched: same password, same clinic.
		mvc.perform(formLogin("/login").user(DemoAccounts.OTHER_CLINIC).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(DemoAccounts.OTHER_CLINIC).password("harbour kettle violet"))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated());
	}

	@Test
	void anAddressOfTheOwnClinicIsRefusedBesideTheField() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Jo Again").param("email", DemoAccounts.RECEPTION).param("role", "RECEPTION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account with this email already exists.")));
	}

	@Test
	void theStaffPageGivesOnlyStaffRoles() throws Exception {
		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		java.util.UUID priya = jdbc.sql("select id from account where email = ?").param(DemoAccounts.THERAPIST2).query(java.util.UUID.class).single();
		for (String role : new String[] { "CLIENT", "KIOSK", "PARTNER", "HIRER" }) {
			mvc.perform(post("/staff/{id}", priya).session(owner).with(csrf()).param("displayName", "Priya Shah")
				.param("role", role).param("enabled", "true")).andExpect(redirectedUrl("/staff"));
			assertThat(jdbc.sql("select role from account where id = ?").param(priya).query(String.class).single())
				.isEqualTo("THERAPIST");
		}
		mvc.perform(post("/staff").session(owner).with(csrf())
			.param("displayName", "Cleo Client").param("email", "cleo@example.org").param("role", "CLIENT"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from account where pending_email = 'cleo@example.org' or email = 'cleo@example.org'")
			.query(Long.class).single()).isZero();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void aPasswordResetLinkArrivesByEmailAndWorksOnce() throws Exception {
		String email = "reset.me@norwich.demo";
		accounts.createDemoAccount(accounts.clinicOf(DemoAccounts.OWNER), email, "Reset Me",
				app.quadratus.shared.security.Role.RECEPTION, accounts.encode(DemoAccounts.PASSWORD), null);
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.org"))
			.andExpect(redirectedUrl("/login"));
		assertThat(mail.getReceivedMessages()).hasSize(1);
		String link = linkIn(mail.getReceivedMessages()[0]);
		mvc.perform(post(link).with(csrf()).param("password", "a brand new secret").param("repeat", "a different one!"))
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		mvc.perform(post(link).with(csrf()).param("password", "a brand new secret").param("repeat", "a brand new secret"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user(email).password("a brand new secret")).andExpect(authenticated());
		mvc.perform(post(link).with(csrf()).param("password", "another new secret").param("repeat", "another new secret"))
			.andExpect(status().isNotFound());
	}

	private static String linkIn(MimeMessage message) {
		Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message));
		assertThat(matcher.find()).as("a link in the email").isTrue();
		return matcher.group(1);
	}
}
