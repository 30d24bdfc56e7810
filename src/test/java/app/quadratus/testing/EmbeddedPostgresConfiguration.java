package app.quadratus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * When the suite runs with -Dquadratus.test.database=postgres (the "postgres" Surefire execution),
 * every Spring context talks to one real PostgreSQL 17 started for this JVM, through the same Flyway
 * migrations as production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quadratus.test.database", havingValue = "postgres")
public class EmbeddedPostgresConfiguration {

	private static EmbeddedPostgres server;

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("could not start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the temporary cluster goes with it
				}
			}));
		}
		return server;
	}

	@Bean
	@Primary
	DataSource dataSource() {
		return server().getPostgresDatabase();
	}
}
