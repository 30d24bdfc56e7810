package app.quadratus.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded H2 database: {@code SCRIPT TO} writes every table, row, index and
 * trigger as gzip-compressed SQL while the application keeps running (H2 reads a consistent snapshot).
 * A backup is restored into a fresh database with {@code RUNSCRIPT} (README, "Backups"). PostgreSQL
 * installations back up with pg_dump or continuous archiving instead; there this does nothing.
 */
@Component
public class H2Backups {

	private static final Logger log = LoggerFactory.getLogger(H2Backups.class);

	static final String PREFIX = "quadratus-";

	static final String SUFFIX = ".sql.gz";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Path folder;

	private final Duration keep;

	H2Backups(DataSource dataSource, JdbcClient jdbc, Clock clock,
			@Value("${quadratus.backup.folder:${quadratus.data-dir}/backups}") Path folder,
			@Value("${quadratus.backup.keep:P14D}") Duration keep) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.folder = folder;
		this.keep = keep;
	}

	boolean embedded() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
		catch (SQLException e) {
			return false;
		}
	}

	/** Writes a new backup and returns its file, or nothing on PostgreSQL. */
	public Optional<Path> backUp() {
		if (!embedded()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		try {
			Files.createDirectories(folder);
			Path file = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX).toAbsolutePath();
			Path partial = file.resolveSibling(file.getFileName() + ".part");
			jdbc.sql("SCRIPT TO '" + sqlQuoted(partial) + "' COMPRESSION GZIP").query().listOfRows();
			// A crash half way leaves a .part file, never a truncated backup under a backup's name.
			Files.move(partial, file);
			log.info("Database backed up to {}", file);
			return Optional.of(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the backup", e);
		}
	}

	/** Deletes backups older than the kept period; returns what it deleted. */
	public List<Path> pruneOld() {
		Instant oldest = clock.instant().minus(keep);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> old = files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
				.filter(f -> lastModified(f).isBefore(oldest))
				.toList();
			for (Path f : old) {
				Files.deleteIfExists(f);
			}
			return old;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not prune old backups", e);
		}
	}

	private static Instant lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException e) {
			return Instant.MAX;
		}
	}

	private static String sqlQuoted(Path path) {
		return path.toString().replace("'", "''");
	}
}
