package app.quadratus.testing;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.util.WebUtils;

/**
 * MockMvc tests pass a {@link MockHttpSession} from request to request; with Spring Session the real
 * session is the database row named by the SESSION cookie. This resolver keeps that row's id in the
 * MockHttpSession instead of a cookie, so {@code .session(signedIn)} keeps working and every test
 * still runs on sessions stored in the database (real servers and browsers use the cookie as in
 * production). The two-instance test turns it off with quadratus.test.mock-sessions=false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quadratus.test.mock-sessions", havingValue = "true", matchIfMissing = true)
public class MockMvcSessions {

	static final String ID = "spring-session-id";

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		return new MockSessionIdResolver();
	}

	/** The database session behind a MockHttpSession that a test signed in with. */
	public static <S extends Session> S stored(FindByIndexNameSessionRepository<S> sessions, MockHttpSession mock) {
		String id = (String) mock.getAttribute(ID);
		return id == null ? null : sessions.findById(id);
	}

	/** The sign-in (security context) stored in the database session behind a MockHttpSession. */
	public static <S extends Session> org.springframework.security.core.context.SecurityContext securityContext(
			FindByIndexNameSessionRepository<S> sessions, MockHttpSession mock) {
		return stored(sessions, mock).getAttribute(
				org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
	}

	/** True once the server ended (invalidated) the session: the client no longer holds its id. */
	public static boolean ended(MockHttpSession mock) {
		return mock.isInvalid() || mock.getAttribute(ID) == null;
	}

	/** Changes an attribute of the database session behind a MockHttpSession, as a request would. */
	public static <S extends Session> void set(FindByIndexNameSessionRepository<S> sessions, MockHttpSession mock,
			String name, Object value) {
		S session = stored(sessions, mock);
		session.setAttribute(name, value);
		sessions.save(session);
	}

	private static final class MockSessionIdResolver implements HttpSessionIdResolver {

		private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock == null) {
				return cookies.resolveSessionIds(request);
			}
			HttpSession session = mock.getSession(false);
			Object id = session == null ? null : session.getAttribute(ID);
			return id == null ? List.of() : List.of((String) id);
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock == null) {
				cookies.setSessionId(request, response, sessionId);
				return;
			}
			mock.getSession(true).setAttribute(ID, sessionId);
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock == null) {
				cookies.expireSession(request, response);
				return;
			}
			HttpSession session = mock.getSession(false);
			if (session != null) {
				session.removeAttribute(ID);
			}
		}
	}
}
