package app.quadratus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.quadratus.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** The stored sessions every instance shares (Spring Session JDBC), on H2 and PostgreSQL. */
@WebTest
class SessionStoreTest {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void save(Session session) {
		((FindByIndexNameSessionRepository) sessions).save(session);
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceedAndTheLaterWins() {
		Session created = sessions.createSession();
		save(created);
		// Two requests of the same session, each with its own copy read before either saved.
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute("csrf", "from the first request");
		second.setAttribute("csrf", "from the second request");

		save(first);
		save(second);

		assertThat(sessions.findById(created.getId()).<String>getAttribute("csrf")).isEqualTo("from the second request");
		sessions.deleteById(created.getId());
	}
}
