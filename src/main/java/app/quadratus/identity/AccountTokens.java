package app.quadratus.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links: 256 random bits in the link, only their SHA-256 in the database, so a copy of the
 * database cannot be used to take over an account.
 */
@Repository
class AccountTokens {

	enum Purpose {
		INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(1));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a token and returns the secret that goes in the link. */
	String issue(UUID accountId, Purpose purpose, Instant now) {
		String token = OneTimeSecret.newSecret();
		jdbc.sql("insert into account_token (id, account_id, purpose, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), accountId, purpose.name(), hash(token), SqlTime.of(now.plus(purpose.lifetime)), SqlTime.of(now))
			.update();
		return token;
	}

	/** The account a still-valid, unused token of this purpose belongs to. */
	Optional<UUID> accountFor(String token, Purpose purpose, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from account_token where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
			.params(hash(token), purpose.name(), SqlTime.of(now))
			.query(UUID.class)
			.optional();
	}

	/** Marks the token used; false if someone used it first. */
	boolean consume(String token, Instant now) {
		return jdbc.sql("update account_token set used_at = ? where token_hash = ? and used_at is null")
			.params(SqlTime.of(now), hash(token))
			.update() == 1;
	}

	/** Cancels every unused link of the account (its password was just set: older links must not set it again). */
	void revokeAll(UUID accountId, Instant now) {
		jdbc.sql("update account_token set used_at = ? where account_id = ? and used_at is null")
			.params(SqlTime.of(now), accountId)
			.update();
	}

	private static String hash(String token) {
		return OneTimeSecret.hash(token);
	}
}
