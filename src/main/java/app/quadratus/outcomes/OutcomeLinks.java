package app.quadratus.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.OneTimeSecret;
import app.quadratus.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time questionnaire links: 256 random bits in the emailed link, only their SHA-256 in the
 * database. A link opens exactly one questionnaire, works until that is completed (so a client who
 * stops halfway can come back) and expires after {@link #LIFETIME} whatever happens.
 */
@Repository
class OutcomeLinks {

	static final Duration LIFETIME = Duration.ofDays(3);

	private final JdbcClient jdbc;

	OutcomeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a valid link leads: the clinic, the client and the questionnaire. */
	record Target(UUID clinicId, UUID clientId, UUID responseId) {
	}

	/** Issues a link for a questionnaire and returns the secret that goes in the URL. */
	String issue(UUID clinicId, UUID clientId, UUID responseId, UUID by, Instant now) {
		String token = OneTimeSecret.newSecret();
		jdbc.sql("""
				insert into outcome_link (id, clinic_id, client_id, response_id, token_hash, expires_at, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clinicId, clientId, responseId, hash(token), SqlTime.of(now.plus(LIFETIME)),
					SqlTime.of(now), by)
			.update();
		return token;
	}

	/** The questionnaire of a link that is neither used up nor expired. */
	Optional<Target> find(String token, Instant now) {
		if (token == null || token.length() != OneTimeSecret.LENGTH) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select clinic_id, client_id, response_id from outcome_link
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(hash(token), SqlTime.of(now))
			.query((rs, row) -> new Target(rs.getObject("clinic_id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getObject("response_id", UUID.class)))
			.optional();
	}

	/** Cancels a link that never reached the client (the email could not be sent): no one can use it. */
	void revoke(String token, Instant now) {
		jdbc.sql("update outcome_link set used_at = ? where token_hash = ? and used_at is null")
			.params(SqlTime.of(now), hash(token))
			.update();
	}

	/** Closes every link to a questionnaire once it is completed, whichever way it was finished. */
	void useUp(UUID clinicId, UUID responseId, Instant now) {
		jdbc.sql("update outcome_link set used_at = ? where clinic_id = ? and response_id = ? and used_at is null")
			.params(SqlTime.of(now), clinicId, responseId)
			.update();
	}

	static String hash(String token) {
		return OneTimeSecret.hash(token);
	}
}
