package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import app.quadratus.shared.security.Role;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** PS-03 to PS-06: long passphrases, hashes that name their scheme, resets that end the old access, unlocking. */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordHardeningTest {

	/** 64 characters, 13 of them accented (two bytes each): 77 bytes, past bcrypt's 72. */
	static final String PASSPHRASE = "Crème brûlée à Noël, déjà vu près du château où l'élève répète!!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Test
	void aLongPassphraseWithAccentedLettersCanBeChosenAndSignsIn() throws Exception {
		assertThat(PASSPHRASE.codePointCount(0, PASSPHRASE.length())).isEqualTo(64);
		assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		UUID id = create("passphrase@norwich.demo");
		String token = tokens.issue(id, AccountTokens.Purpose.PASSWORD_RESET, Instant.now());

		mvc.perform(post("/password/reset/{t}", token).with(csrf()).param("password", PASSPHRASE).param("repeat", PASSPHRASE))
			.andExpect(redirectedUrl("/login"));

		mvc.perform(formLogin("/login").user("passphrase@norwich.demo").password(PASSPHRASE)).andExpect(authenticated());
		// A passphrase that differs only after the 72nd byte is a different passphrase.
		mvc.perform(formLogin("/login").user("passphrase@norwich.demo").password(PASSPHRASE.replace("!!", "!?")))
			.andExpect(unauthenticated());
		assertThat(hashOf("passphrase@norwich.demo")).startsWith("{bcrypt-sha256}$2a$10$");
	}

	@Test
	void aHashFromBeforeStillSignsInAndIsRewrittenInTheNewScheme() throws Exception {
		String email = "old.hash@norwich.demo";
		accounts.createDemoAccount(accounts.clinicOf(DemoAccounts.OWNER), email, "Old Hash", Role.THERAPIST,
				"{bcrypt}" + new BCryptPasswordEncoder().encode(DemoAccounts.PASSWORD), null);
		// Longer than bcrypt can take: simply wrong, never a failure of the server.
		mvc.perform(formLogin("/login").user(email).password(PASSPHRASE)).andExpect(unauthenticated());

		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());

		assertThat(hashOf(email)).startsWith("{bcrypt-sha256}");
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aHashInNoKnownSchemeIsAWrongPasswordNotAFailure() throws Exception {
		String email = "odd.hash@norwich.demo";
		accounts.createDemoAccount(accounts.clinicOf(DemoAccounts.OWNER), email, "Odd Hash", Role.THERAPIST,
				"{noop}" + DemoAccounts.PASSWORD, null);
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aResetEndsTheAccountsOtherSessionsAndCancelsItsOtherLinks() throws Exception {
		String email = "reset.everywhere@norwich.demo";
		UUID id = create(email);
		MockHttpSession elsewhere = DemoAccounts.signIn(mvc, email);
		mvc.perform(get("/clients").session(elsewhere)).andExpect(status().isOk());
		String first = tokens.issue(id, AccountTokens.Purpose.PASSWORD_RESET, Instant.now());
		String second = tokens.issue(id, AccountTokens.Purpose.PASSWORD_RESET, Instant.now());

		mvc.perform(post("/password/reset/{t}", second).with(csrf()).param("password", "a fresh long secret")
			.param("repeat", "a fresh long secret")).andExpect(redirectedUrl("/login"));

		mvc.perform(get("/clients").session(elsewhere)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/password/reset/{t}", first)).andExpect(status().isNotFound());
		mvc.perform(formLogin("/login").user(email).password("a fresh long secret")).andExpect(authenticated());
	}

	@Test
	void theHolderIsEmailedWhenLockedAndTheOwnerCanLetThemBackIn(CapturedOutput output) throws Exception {
		String email = "unlock.me@norwich.demo";
		UUID id = create(email);
		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			mvc.perform(formLogin("/login").user(email).password("wrong guess " + i)).andExpect(unauthenticated());
		}
		assertThat(output.getOut()).contains("\"Sign-in to your Quadratus account was paused\" to " + email);
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(unauthenticated());

		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		mvc.perform(post("/staff/{id}/unlock", id).session(therapist).with(csrf())).andExpect(status().isForbidden());

		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(get("/staff").session(owner)).andExpect(content().string(Matchers.containsString("Let them sign in now")));
		mvc.perform(post("/staff/{id}/unlock", id).session(owner).with(csrf())).andExpect(redirectedUrl("/staff"));

		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_UNLOCKED' and object_id = ?")
			.param(id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	private UUID create(String email) {
		return accounts.createDemoAccount(accounts.clinicOf(DemoAccounts.OWNER), email, "Password Test", Role.THERAPIST,
				accounts.encode(DemoAccounts.PASSWORD), null);
	}

	private String hashOf(String email) {
		return jdbc.sql("select password_hash from account where email = ?").param(email).query(String.class).single();
	}
}
