package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import app.quadratus.testing.DemoAccounts;
import app.quadratus.testing.MockMvcSessions;
import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page view writes the session row only when there is something to write: the last-access time at
 * most once a minute (AccessTimeThrottledSessions), so an idle session still ends after 30 minutes.
 */
@WebTest
class SessionAccessTimeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void pageViewsWithinAMinuteOfTheStoredAccessTimeLeaveTheSessionRowAlone() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String id = MockMvcSessions.stored(sessions, therapist).getId();
		long stored = lastAccess(id);

		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/today").session(therapist)).andExpect(status().isOk());
		}

		assertThat(lastAccess(id)).isEqualTo(stored);
	}

	@Test
	void anAccessTimeAMinuteOldIsWrittenAtTheNextPageView() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String id = MockMvcSessions.stored(sessions, therapist).getId();
		long twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2)).toEpochMilli();
		storeLastAccess(id, twoMinutesAgo);

		mvc.perform(get("/today").session(therapist)).andExpect(status().isOk());

		assertThat(lastAccess(id)).isGreaterThan(Instant.now().minusSeconds(30).toEpochMilli());
	}

	@Test
	void aSessionIdleForThirtyMinutesByItsStoredTimeHasEnded() throws Exception {
		MockHttpSession therapist = DemoAccounts.signIn(mvc, DemoAccounts.THERAPIST);
		String id = MockMvcSessions.stored(sessions, therapist).getId();
		storeLastAccess(id, Instant.now().minus(Duration.ofMinutes(30)).minusSeconds(1).toEpochMilli());

		mvc.perform(get("/today").session(therapist)).andExpect(redirectedUrl("/login"));
		assertThat(sessions.findById(id)).isNull();
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void anAttributeSetWithinTheMinuteIsWrittenAndTheAccessTimeIsNot() {
		Session created = sessions.createSession();
		((FindByIndexNameSessionRepository) sessions).save(created);
		long stored = lastAccess(created.getId());

		Session again = sessions.findById(created.getId());
		again.setLastAccessedTime(again.getLastAccessedTime().plusSeconds(50));
		again.setAttribute("note", "kept");
		((FindByIndexNameSessionRepository) sessions).save(again);

		Session read = sessions.findById(created.getId());
		assertThat(read.<String>getAttribute("note")).isEqualTo("kept");
		assertThat(lastAccess(created.getId())).isEqualTo(stored);

		read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(60));
		((FindByIndexNameSessionRepository) sessions).save(read);
		assertThat(lastAccess(created.getId())).isEqualTo(stored + 60_000);
		sessions.deleteById(created.getId());
	}

	private long lastAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
			.query(Long.class).single();
	}

	/** As if the last written access was at that time: the idle expiry moves with it, as Spring Session stores it. */
	private void storeLastAccess(String sessionId, long epochMillis) {
		jdbc.sql("update spring_session set last_access_time = ?, expiry_time = cast(? as bigint) + max_inactive_interval * cast(1000 as bigint) where session_id = ?")
			.params(epochMillis, epochMillis, sessionId).update();
	}
}
