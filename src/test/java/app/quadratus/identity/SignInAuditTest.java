package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import app.quadratus.shared.db.JobClaims;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.DemoData;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** PS-14: sign-ins, failed sign-ins and sign-outs appear in the audit log, never with a password. */
@WebTest
class SignInAuditTest {

	private static final String WRONG_PASSWORD = "Wrong-Horse-Battery-7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void aFormSignInAndASignOutAreEachRecordedOnce() throws Exception {
		UUID account = demo.accountId(DemoAccounts.THERAPIST2);
		long signIns = count(account, "SIGN_IN");
		long signOuts = count(account, "SIGN_OUT");
		MockHttpSession session = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST2);
		assertThat(count(account, "SIGN_IN")).isEqualTo(signIns + 1);
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count(account, "SIGN_OUT")).isEqualTo(signOuts + 1);
		var entry = jdbc.sql("select clinic_id, actor_email, actor_role, outcome, address from audit_event where actor_id = ? and action = 'SIGN_IN' order by id desc limit 1")
			.param(account)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) })
			.single();
		assertThat(entry).containsExactly(demo.clinicOf(DemoAccounts.THERAPIST2).toString(), DemoAccounts.THERAPIST2,
				"THERAPIST", "SUCCESS", "127.0.0.1");
	}

	@Test
	void eachFailedAttemptIsRecordedOnceByFormAndByHttpBasicWithoutThePassword() throws Exception {
		UUID account = demo.accountId(DemoAccounts.RECEPTION);
		long failures = count(account, "LOGIN_FAILED");
		mvc.perform(formLogin("/login").user(DemoAccounts.RECEPTION).password(WRONG_PASSWORD)).andExpect(unauthenticated());
		assertThat(count(account, "LOGIN_FAILED")).isEqualTo(failures + 1);
		mvc.perform(get("/api/v1/clients").with(httpBasic(DemoAccounts.RECEPTION, WRONG_PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/clients").with(httpBasic(DemoAccounts.RECEPTION, WRONG_PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(count(account, "LOGIN_FAILED")).isEqualTo(failures + 3);
		// a right password clears the failure count, so the demo account is not left near its lock
		DemoAccounts.signIn(mvc, DemoAccounts.RECEPTION);
		assertThat(jdbc.sql("select count(*) from audit_event where actor_email like ? or object_id like ? or object_type like ?")
			.params("%" + WRONG_PASSWORD + "%", "%" + WRONG_PASSWORD + "%", "%" + WRONG_PASSWORD + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anApiSignInIsRecordedOncePerAccountAndAddressNotOnEveryRequest() throws Exception {
		UUID account = demo.accountId(DemoAccounts.RECEPTION);
		long signIns = count(account, "SIGN_IN");
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/clients").with(httpBasic(DemoAccounts.RECEPTION, DemoAccounts.PASSWORD)).with(from("198.51.100.7")))
				.andExpect(status().isOk());
		}
		assertThat(count(account, "SIGN_IN")).isEqualTo(signIns + 1);
		// The hour is claimed in the database, so another instance serving this account's next call
		// from the same address finds it taken and records nothing.
		assertThat(claims.claim("api-sign-in " + account + " 198.51.100.7", SignInAuditor.API_SIGN_IN_QUIET)).isFalse();
		mvc.perform(get("/api/v1/clients").with(httpBasic(DemoAccounts.RECEPTION, DemoAccounts.PASSWORD)).with(from("198.51.100.8")))
			.andExpect(status().isOk());
		assertThat(count(account, "SIGN_IN")).isEqualTo(signIns + 2);
		assertThat(jdbc.sql("select address from audit_event where actor_id = ? and action = 'SIGN_IN' order by id desc limit 1")
			.param(account).query(String.class).single()).isEqualTo("198.51.100.8");
	}

	@Autowired
	JobClaims claims;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long count(UUID account, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_id = ? and action = ?").params(account, action)
			.query(Long.class).single();
	}
}
