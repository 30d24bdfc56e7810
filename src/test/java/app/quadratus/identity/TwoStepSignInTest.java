package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quadratus.clinic.ClinicDetailsForm;
import app.quadratus.clinic.Clinics;
import app.quadratus.shared.security.Role;
import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Staff two-step sign-in, through the real pages: enrolment with a code computed here from the secret
 * the page shows, the code page after the password, single-use codes, recovery codes, the lock after
 * five wrong codes, and the owner's rule that every member of staff must use it.
 */
@WebTest
class TwoStepSignInTest {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clinics clinics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTherapistEnrolsWithAGeneratedCodeAndThenSignsInWithPasswordAndCode() throws Exception {
		String email = newTherapist(norwich());
		byte[] secret = enrol(DemoAccounts.signIn(mvc, email));

		MockHttpSession half = passwordOnly(email, "/login/code");
		mvc.perform(get("/login/code").session(half)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"code\"")));

		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", code(secret, 5)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
		mvc.perform(get("/clients").session(half)).andExpect(redirectedUrl("/login/code"));

		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", freshCode(secret, email)))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/clients").session(half)).andExpect(status().isOk());
		mvc.perform(get("/today").session(half)).andExpect(status().isOk());

		assertThat(audited(email, "MFA_ENROLLED")).isEqualTo(1);
		assertThat(audited(email, "MFA_FAILED")).isEqualTo(1);
		assertThat(audited(email, "MFA_VERIFIED")).isEqualTo(1);
	}

	@Test
	void aHalfSignedInSessionReachesNoPageAndNoApi() throws Exception {
		String email = newTherapist(norwich());
		enrol(DemoAccounts.signIn(mvc, email));
		MockHttpSession half = passwordOnly(email, "/login/code");

		for (String page : List.of("/", "/today", "/clients", "/account", "/clients/" + aNorwichClient())) {
			mvc.perform(get(page).session(half)).andExpect(redirectedUrl("/login/code"));
		}
		mvc.perform(post("/clients").session(half).with(csrf()).param("givenName", "Half").param("familyName", "Signed"))
			.andExpect(redirectedUrl("/login/code"));
		mvc.perform(get("/api/v1/clients").param("q", "dem").session(half)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/clients").param("q", "dem").with(httpBasic(email, DemoAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aCodeWorksOnlyOnce() throws Exception {
		String email = newTherapist(norwich());
		byte[] secret = enrol(DemoAccounts.signIn(mvc, email));

		MockHttpSession half = passwordOnly(email, "/login/code");
		String enrolmentCode = Totp.code(secret, lastUsedStep(email));
		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", enrolmentCode))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
		mvc.perform(get("/clients").session(half)).andExpect(redirectedUrl("/login/code"));

		String code = freshCode(secret, email);
		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));

		MockHttpSession replay = passwordOnly(email, "/login/code");
		mvc.perform(post("/login/code").session(replay).with(csrf()).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
		mvc.perform(get("/clients").session(replay)).andExpect(redirectedUrl("/login/code"));
	}

	@Test
	void aRecoveryCodeSignsInOnceInsteadOfTheApp() throws Exception {
		String email = newTherapist(norwich());
		MockHttpSession session = DemoAccounts.signIn(mvc, email);
		List<String> recoveryCodes = recoveryCodes(session);

		MockHttpSession lostPhone = passwordOnly(email, "/login/code");
		mvc.perform(post("/login/code").session(lostPhone).with(csrf()).param("code", recoveryCodes.get(3).toUpperCase()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/clients").session(lostPhone)).andExpect(status().isOk());
		mvc.perform(get("/account").session(lostPhone)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Recovery codes left: 9 of 10")));

		MockHttpSession again = passwordOnly(email, "/login/code");
		mvc.perform(post("/login/code").session(again).with(csrf()).param("code", recoveryCodes.get(3)))
			.andExpect(status().isOk());
		mvc.perform(get("/clients").session(again)).andExpect(redirectedUrl("/login/code"));
		assertThat(audited(email, "MFA_RECOVERY_CODE_USED")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from account_recovery_code where code_hash = ?")
			.param(recoveryCodes.get(0)).query(Long.class).single()).as("only hashes are stored").isZero();
	}

	@Test
	void fiveWrongCodesEndTheSessionAndLockTheAccount() throws Exception {
		String email = newTherapist(norwich());
		byte[] secret = enrol(DemoAccounts.signIn(mvc, email));
		MockHttpSession other = passwordOnly(email, "/login/code");
		MockHttpSession half = passwordOnly(email, "/login/code");
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login/code").session(half).with(csrf()).param("code", code(secret, 10 + i)))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", code(secret, 20)))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(app.quadratus.testing.MockMvcSessions.ended(half)).isTrue();

		// The password from an address the account signed in from before is not held back by the pause
		// (so a guesser elsewhere cannot lock the holder out), but no code is taken while the account is locked.
		MockHttpSession again = passwordOnly(email, "/login/code");
		mvc.perform(post("/login/code").session(again).with(csrf()).param("code", freshCode(secret, email)))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login/code").session(other).with(csrf()).param("code", freshCode(secret, email)))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(app.quadratus.testing.MockMvcSessions.ended(other)).as("a half-signed-in session opened before the lock guesses no more").isTrue();
		assertThat(audited(email, "MFA_FAILED")).isEqualTo(7);
		assertThat(audited(email, "MFA_VERIFIED")).isZero();
		assertThat(audited(email, "ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	void turningItOnFromTheAccountPageTakesThePasswordToo() throws Exception {
		String email = newTherapist(norwich());
		MockHttpSession session = DemoAccounts.signIn(mvc, email);
		String page = mvc.perform(get("/account/two-step").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		byte[] secret = secretOn(page);
		mvc.perform(post("/account/two-step").session(session).with(csrf()).param("password", "not my password")
			.param("code", code(secret, 0))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That password is not right")));
		assertThat(secretOn(mvc.perform(get("/account/two-step").session(session)).andReturn().getResponse()
			.getContentAsString())).as("the same secret until it is confirmed").isEqualTo(secret);
		passwordOnly(email, "/");
		assertThat(audited(email, "LOGIN_FAILED")).isEqualTo(1);
	}

	@Test
	void aHalfSignedInSessionLastsTenMinutes() throws Exception {
		String email = newTherapist(norwich());
		byte[] secret = enrol(DemoAccounts.signIn(mvc, email));
		MockHttpSession half = passwordOnly(email, "/login/code");
		String key = org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
		org.springframework.security.core.context.SecurityContext context = app.quadratus.testing.MockMvcSessions
			.stored(storedSessions, half).getAttribute(key);
		var pending = (SecondStepPending) context.getAuthentication();
		context.setAuthentication(new SecondStepPending(pending.accountId(), pending.email(), pending.step(),
				Instant.now().minus(SecondStepPending.LIFETIME).minusSeconds(1)));
		app.quadratus.testing.MockMvcSessions.set(storedSessions, half, key, context);

		mvc.perform(post("/login/code").session(half).with(csrf()).param("code", freshCode(secret, email)))
			.andExpect(redirectedUrl("/login"));
		assertThat(app.quadratus.testing.MockMvcSessions.stored(storedSessions, half)).as("the session ended").isNull();
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> storedSessions;

	@Test
	void turningItOffTakesThePasswordAndACurrentCode() throws Exception {
		String email = newTherapist(norwich());
		MockHttpSession session = DemoAccounts.signIn(mvc, email);
		byte[] secret = enrol(session);

		mvc.perform(post("/account/two-step/off").session(session).with(csrf()).param("password", "not my password")
			.param("code", code(secret, 0))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That password is not right")));
		mvc.perform(post("/account/two-step/off").session(session).with(csrf()).param("password", DemoAccounts.PASSWORD)
			.param("code", code(secret, 7))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")));
		mvc.perform(post("/account/two-step/off").session(session).with(csrf()).param("password", DemoAccounts.PASSWORD)
			.param("code", freshCode(secret, email))).andExpect(redirectedUrl("/account"));

		passwordOnly(email, "/");
		assertThat(audited(email, "MFA_DISABLED")).isEqualTo(2);
	}

	@Test
	void whenTheOwnerRequiresItStaffWithoutItMustEnrolBeforeAnythingElse() throws Exception {
		UUID clinic = clinics.create(details("Two-step Clinic " + UUID.randomUUID())).id();
		String owner = newAccount(clinic, Role.OWNER);
		String therapist = newAccount(clinic, Role.THERAPIST);
		mvc.perform(get("/api/v1/clients").param("q", "dem").with(httpBasic(therapist, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk());

		MockHttpSession therapistBefore = DemoAccounts.signIn(mvc, therapist);
		mvc.perform(get("/clients").session(therapistBefore)).andExpect(status().isOk());
		MockHttpSession ownerSession = DemoAccounts.signIn(mvc, owner);
		mvc.perform(get("/clinic").session(ownerSession)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Require two-step sign-in for all staff")));
		mvc.perform(post("/clinic/two-step").session(ownerSession).with(csrf()).param("required", "true"))
			.andExpect(redirectedUrl("/clinic"));
		assertThat(audited(owner, "MFA_REQUIRED_FOR_STAFF")).isEqualTo(1);
		mvc.perform(get("/clients").session(therapistBefore)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/clients").session(ownerSession)).andExpect(status().isOk());

		MockHttpSession half = passwordOnly(therapist, "/login/enrol");
		mvc.perform(get("/clients").session(half)).andExpect(redirectedUrl("/login/enrol"));
		mvc.perform(get("/login/code").session(half)).andExpect(redirectedUrl("/login/enrol"));
		mvc.perform(get("/api/v1/clients").param("q", "dem").with(httpBasic(therapist, DemoAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());

		String page = mvc.perform(get("/login/enrol").session(half)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Your clinic requires two-step sign-in").contains("data:image/svg+xml;base64,");
		byte[] secret = secretOn(page);
		mvc.perform(post("/login/enrol").session(half).with(csrf()).param("code", code(secret, 9)))
			.andExpect(status().isOk());
		MvcResult enrolled = mvc.perform(post("/login/enrol").session(half).with(csrf()).param("code", code(secret, 0)))
			.andExpect(redirectedUrl("/account/two-step/recovery-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) enrolled.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(10);
		mvc.perform(get("/clients").session(half)).andExpect(status().isOk());

		passwordOnly(therapist, "/login/code");
		passwordOnly(owner, "/login/enrol");
		assertThat(DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST)).as("other clinics are not affected").isNotNull();
	}

	@Test
	void anOwnerResetsTheTwoStepSignInOfAMemberOfStaffWhoLostTheirPhone() throws Exception {
		String email = newTherapist(norwich());
		enrol(DemoAccounts.signIn(mvc, email));
		passwordOnly(email, "/login/code");

		MockHttpSession owner = DemoAccounts.signIn(mvc, DemoAccounts.OWNER);
		mvc.perform(post("/staff/{id}/two-step/reset", accountId(email)).session(owner).with(csrf()))
			.andExpect(redirectedUrl("/staff"));
		passwordOnly(email, "/");
		assertThat(audited(DemoAccounts.OWNER, "MFA_RESET")).isPositive();
	}

	@Test
	void demoAccountsStillSignInWithThePasswordAloneAndClientsHaveNoAccountPage() throws Exception {
		mvc.perform(formLogin("/login").user(DemoAccounts.THERAPIST).password(DemoAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
		MockHttpSession client = DemoAccounts.signIn(mvc, DemoAccounts.CLIENT);
		mvc.perform(get("/account").session(client)).andExpect(status().isForbidden());
		mvc.perform(get("/account/two-step").session(client)).andExpect(status().isForbidden());
	}

	// --- helpers ---

	/** Enrols the signed-in account on its account page, with a code computed from the secret shown. */
	private byte[] enrol(MockHttpSession session) throws Exception {
		String page = mvc.perform(get("/account/two-step").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		byte[] secret = secretOn(page);
		MvcResult result = mvc.perform(post("/account/two-step").session(session).with(csrf()).param("password", DemoAccounts.PASSWORD).param("code", code(secret, 0)))
			.andExpect(redirectedUrl("/account/two-step/recovery-codes"))
			.andReturn();
		String codesPage = mvc.perform(get("/account/two-step/recovery-codes").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) result.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(10).allMatch(codesPage::contains);
		mvc.perform(get("/account/two-step/recovery-codes").session(session)).andExpect(redirectedUrl("/account"));
		return secret;
	}

	@SuppressWarnings("unchecked")
	private List<String> recoveryCodes(MockHttpSession session) throws Exception {
		String page = mvc.perform(get("/account/two-step").session(session)).andReturn().getResponse().getContentAsString();
		return (List<String>) mvc.perform(post("/account/two-step").session(session).with(csrf()).param("password", DemoAccounts.PASSWORD)
			.param("code", code(secretOn(page), 0))).andReturn().getFlashMap().get("recoveryCodes");
	}

	private static byte[] secretOn(String page) {
		Matcher m = SECRET.matcher(page);
		assertThat(m.find()).as("the page shows the secret as text").isTrue();
		return Base32.decode(m.group(1));
	}

	/**
	 * A code whose step is later than the last one used and still within a step of now: the next
	 * code the app would show. Never relies on a step before now, which a slow run could outlive.
	 */
	private String freshCode(byte[] secret, String email) {
		long step = Math.max(lastUsedStep(email) + 1, Totp.stepAt(Instant.now()));
		assertThat(step).as("a fresh step within the window").isLessThanOrEqualTo(Totp.stepAt(Instant.now()) + 1);
		return Totp.code(secret, step);
	}

	private long lastUsedStep(String email) {
		return jdbc.sql("select t.last_used_step from account_totp t join account a on a.id = t.account_id where a.email = ?")
			.param(email).query(Long.class).single();
	}

	/** The app's code for the step this many steps from now. */
	private static String code(byte[] secret, int stepsFromNow) {
		return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsFromNow);
	}

	/** Signs in with the password only and checks where the browser is sent next. */
	private MockHttpSession passwordOnly(String email, String next) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD))
			.andExpect(redirectedUrl(next))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String newTherapist(UUID clinic) {
		return newAccount(clinic, Role.THERAPIST);
	}

	private String newAccount(UUID clinic, Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@two-step.test";
		accounts.createDemoAccount(clinic, email, "Two Step " + role, role, accounts.encode(DemoAccounts.PASSWORD), null);
		return email;
	}

	private UUID norwich() {
		return accounts.clinicOf(DemoAccounts.OWNER);
	}

	private UUID accountId(String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(UUID.class).single();
	}

	private UUID aNorwichClient() {
		return jdbc.sql("select id from client where clinic_id = ? order by created_at limit 1").param(norwich())
			.query(UUID.class).single();
	}

	private long audited(String email, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_email = ? and action = ?").params(email, action)
			.query(Long.class).single();
	}

	private static ClinicDetailsForm details(String name) {
		ClinicDetailsForm form = new ClinicDetailsForm();
		form.setName(name);
		return form;
	}
}
