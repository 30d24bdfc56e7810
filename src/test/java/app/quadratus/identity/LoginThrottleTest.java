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
	void fiveWrongPasswordsLockTheAccountForFifteenMinutesAndAreAudited() throws Exception {
		String email = "locked.therapist@norwich.demo";
		accounts.createDemoAccount(clinicOfNorwich(), email, "Lock Test", app.quadratus.shared.security.Role.THERAPIST,
				accounts.encode(DemoAccounts.PASSWORD), null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(email).password("not the password")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD)).andExpect(unauthenticated());

		var lockedUntil = jdbc.sql("select locked_until from account where email = ?").param(email)
			.query(java.sql.Timestamp.class).single().toInstant();
		assertThat(lockedUntil).isBetween(java.time.Instant.now().plusSeconds(14 * 60), java.time.Instant.now().plusSeconds(16 * 60));
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

	private long count(String email, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_email = ? and action = ?").params(email, action)
			.query(Long.class).single();
	}

	private java.util.UUID clinicOfNorwich() {
		return accounts.clinicOf(DemoAccounts.OWNER);
	}
}
