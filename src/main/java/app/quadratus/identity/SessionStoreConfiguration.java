package app.quadratus.identity;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in the database (V40), so any instance serves any request. Configured here rather
 * than by Spring Boot's auto-configuration because the session filter is given
 * {@link AccessTimeThrottledSessions} (a session store of our own makes Boot's back off): expired rows
 * are cleaned up every minute and the idle timeout is {@code server.servlet.session.timeout}.
 *
 * <p>Session attributes are written as upserts. Spring Session's plain INSERT fails with a duplicate key
 * when two requests of one session (htmx fragments, two tabs) add the same attribute at the same time,
 * and that request got a 500 (seen in the database outage drill as the session recovered).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(cleanupCron = "0 * * * * *")
class SessionStoreConfiguration {

	/** H2's own upsert; PostgreSQL's {@code ON CONFLICT} form comes with Spring Session. */
	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted(DataSource dataSource)
			throws MetaDataAccessException {
		// Asked of the database itself: tests and operators may hand over a DataSource without a URL property.
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdleTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/** The store every request's session goes through (and the session registry, which ends sessions). */
	@Bean
	@Primary
	AccessTimeThrottledSessions accessTimeThrottledSessions(JdbcIndexedSessionRepository sessions) {
		return new AccessTimeThrottledSessions(sessions);
	}
}
