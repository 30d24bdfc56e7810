package app.quadratus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * The shared demo database, or with quadratus.test.database-name a database of its own (for tests
	 * that need an empty one, such as first-run setup).
	 */
	@Bean
	@Primary
	DataSource dataSource(@Value("${quadratus.test.database-name:}") String name) throws SQLException {
		if (name.isBlank()) {
			// Pooled as in production: the embedded server's own DataSource opens a new server process
			// for every transaction, and with sessions and audit sealing in the database that cost
			// minutes of the suite.
			HikariDataSource pool = new HikariDataSource();
			pool.setDataSource(server().getPostgresDatabase());
			pool.setMaximumPoolSize(10);
			pool.setMinimumIdle(1);
			pool.setPoolName("test-postgres");
			return pool;
		}
		return emptyDatabase(name);
	}

	/** A new, empty database of this name on the embedded server (dropped first if it exists), e.g. to migrate step by step. */
	public static DataSource emptyDatabase(String name) throws SQLException {
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		return server().getDatabase("postgres", name);
	}
}
