package app.quadratus.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that keys the audit chain (HMAC-SHA256), kept outside the database so that someone who
 * can write to the database alone cannot recompute the chain after editing it. It comes from
 * {@code QUADRATUS_AUDIT_KEY} (base64, at least 32 bytes); without it, a key is generated once and
 * kept in {@code audit.key} in the data directory, readable by the owner only. The key is never logged.
 */
final class AuditKey {

	static final String FILE_NAME = "audit.key";

	static final int MIN_BYTES = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

	private final SecretKeySpec key;

	private AuditKey(byte[] secret) {
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	static AuditKey of(byte[] secret) {
		if (secret.length < MIN_BYTES) {
			throw new IllegalArgumentException("the audit key must be at least " + MIN_BYTES + " bytes");
		}
		return new AuditKey(secret);
	}

	/**
	 * The configured key, else the data directory's one (generated on first use). With
	 * {@code warnIfStoredLocally}, a key kept in the data directory is logged as a risk: on a database
	 * server the data directory is not where the operator keeps secrets, and it may not survive a rebuild.
	 */
	static AuditKey load(String configured, Path dataDir, boolean warnIfStoredLocally) {
		if (configured != null && !configured.isBlank()) {
			return of(decode(configured, "QUADRATUS_AUDIT_KEY"));
		}
		Path file = dataDir.resolve(FILE_NAME);
		AuditKey key = Files.exists(file) ? of(decode(read(file), file.toString())) : generate(file);
		if (warnIfStoredLocally) {
			log.warn("QUADRATUS_AUDIT_KEY is not set: the audit log is keyed with {} on this machine. Set QUADRATUS_AUDIT_KEY "
					+ "(base64 of 32 random bytes: openssl rand -base64 32) from your secret store, keeping the same "
					+ "value as in that file, so that the key lives apart from the database and survives a new server.",
					file.toAbsolutePath());
		}
		return key;
	}

	/** A fresh MAC under this key (a Mac is not thread-safe; making one costs microseconds). */
	Mac mac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
		}
	}

	@Override
	public String toString() {
		return "AuditKey[hidden]";
	}

	private static byte[] decode(String base64, String source) {
		try {
			return Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			// never echo the value: it is a secret, or something pasted in its place
			throw new IllegalArgumentException("the audit key in " + source + " is not valid base64");
		}
	}

	private static AuditKey generate(Path file) {
		byte[] secret = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(secret);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				else {
					Files.createFile(file);
				}
			}
			catch (FileAlreadyExistsException raced) {
				// another instance sharing the data directory generated it first: use theirs
				return of(decode(read(file), file.toString()));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
			log.info("Generated the audit log's key in {}: back it up with the database; without it the log cannot be verified.",
					file.toAbsolutePath());
			return of(secret);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the audit key in " + file.toAbsolutePath(), e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read the audit key from " + file.toAbsolutePath(), e);
		}
	}
}
