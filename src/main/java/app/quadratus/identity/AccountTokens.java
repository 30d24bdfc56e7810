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
		INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(1)), SIGN_IN_LINK(Duration.ofMinutes(10));

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

	/**
	 * Claims a still-valid, unused token of this purpose in one update, so of two requests (or two app
	 * instances) racing with the same link exactly one gets the account; the other gets nothing.
	 */
	Optional<UUID> claim(String token, Purpose purpose, Instant now) {
		if (token == null || token.length() != OneTimeSecret.LENGTH) {
			return Optional.empty();
		}
		int claimed = jdbc.sql("""
				update account_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(SqlTime.of(now), hash(token), purpose.name(), SqlTime.of(now))
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from account_token where token_hash = ?").param(hash(token)).query(UUID.class)
			.optional();
	}

	/** How many tokens of this purpose the account was issued since then (throttles emailed links). */
	int issuedSince(UUID accountId, Purpose purpose, Instant since) {
		return jdbc.sql("select count(*) from account_token where account_id = ? and purpose = ? and created_at > ?")
			.params(accountId, purpose.name(), SqlTime.of(since))
			.query(Integer.class)
			.single();
	}

	/** Cancels the account's unused tokens of one purpose: only the newest sign-in link works. */
	void revoke(UUID accountId, Purpose purpose, Instant now) {
		jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(SqlTime.of(now), accountId, purpose.name())
			.update();
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
