package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class LoginThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void fiveWrongPasswordsPauseTheAccountForFiveMinutesAndAreAudited() throws Exception {
		String email = "locked.therapist@norwich.demo";
		accounts.createDemoAccount(clinicOfNorwich(), email, "Lock Test", app.quadratus.shared.security.Role.THERAPIST,
				accounts.encode(DemoAccounts.PASSWORD), null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(email).password("not the password")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(unauthenticated());

		var lockedUntil = jdbc.sql("select locked_until from account where email = ?").param(email)
			.query(java.sql.Timestamp.class).single().toInstant();
		assertThat(lockedUntil).isBetween(java.time.Instant.now().plusSeconds(4 * 60), java.time.Instant.now().plusSeconds(6 * 60));
		assertThat(count(email, "LOGIN_FAILED")).isEqualTo(6);
		assertThat(count(email, "ACCOUNT_LOCKED")).isEqualTo(1);

		jdbc.sql("update account set locked_until = ? where email = ?")
			.params(java.time.OffsetDateTime.now().minusMinutes(1), email).update();
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		String email = "forgetful.therapist@norwich.demo";
		accounts.createDemoAccount(clinicOfNorwich(), email, "Forgetful", app.quadratus.shared.security.Role.THERAPIST,
				accounts.encode(DemoAccounts.PASSWORD), null);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(email).password("nope nope nope"));
		}
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(email).password("nope nope nope"));
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aGuessersAddressIsBlockedWhileTheHolderSignsInFromAnotherAddressAfterTheShortPause() throws Exception {
		String email = "targeted.therapist@norwich.demo";
		create(email);
		String guesser = "203.0.113.7";
		for (int i = 0; i < SignInAddresses.FAILURES_BEFORE_BLOCK; i++) {
			signIn(email, "guess number " + i, guesser).andExpect(unauthenticated());
		}
		// The account's pause has passed; the guesser's address stays blocked, even with the right password.
		jdbc.sql("update account set locked_until = ?, failed_logins = 0 where email = ?")
			.params(java.time.OffsetDateTime.now().minusSeconds(1), email).update();
		signIn(email, DemoAccounts.PASSWORD, guesser).andExpect(unauthenticated());
		signIn(email, DemoAccounts.PASSWORD, "198.51.100.4").andExpect(authenticated());
	}

	@Test
	void guessesFromElsewhereDoNotKeepTheHolderOutOfAnAddressTheyHaveUsedBefore() throws Exception {
		String email = "usual.place@norwich.demo";
		create(email);
		String usual = "198.51.100.20";
		signIn(email, DemoAccounts.PASSWORD, usual).andExpect(authenticated());
		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			signIn(email, "not it " + i, "203.0.113." + (20 + i)).andExpect(unauthenticated());
		}
		// Locked for addresses it has never used, so the guessers (and anyone new) wait...
		signIn(email, DemoAccounts.PASSWORD, "192.0.2.99").andExpect(unauthenticated());
		// ...but the holder, from where they always sign in, is not kept out.
		signIn(email, DemoAccounts.PASSWORD, usual).andExpect(authenticated());
	}

	@Test
	void theMachinesOwnAddressIsNeverBlockedSoAProxyWithoutForwardedAddressesCannotShutEveryoneOut() throws Exception {
		for (int i = 0; i < SignInAddresses.FAILURES_BEFORE_BLOCK + 2; i++) {
			signIn("nobody" + i + "@example.org", "whatever it is", "127.0.0.1").andExpect(unauthenticated());
		}
		signIn(DemoAccounts.THERAPIST2, DemoAccounts.PASSWORD, "127.0.0.1").andExpect(authenticated());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password, String address)
			throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("username", email).param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	private void create(String email) {
		accounts.createDemoAccount(clinicOfNorwich(), email, "Throttle Test", app.quadratus.shared.security.Role.THERAPIST,
				accounts.encode(DemoAccounts.PASSWORD), null);
	}

	private long count(String email, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_email = ? and action = ?").params(email, action)
			.query(Long.class).single();
	}

	private java.util.UUID clinicOfNorwich() {
		return accounts.clinicOf(DemoAccounts.OWNER);
	}
}
