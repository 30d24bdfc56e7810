package app.quadratus.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.quadratus.shared.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each account's authenticator secret and recovery codes. The secret never leaves this module. */
@Repository
class TwoStepRepository {

	/** An enrolled account's authenticator. toString leaves the secret out, so no log can show it. */
	record Authenticator(UUID accountId, String secret, Long lastUsedStep, Instant enrolledAt) {

		byte[] key() {
			return Base32.decode(secret);
		}

		@Override
		public String toString() {
			return "Authenticator[" + accountId + "]";
		}
	}

	private final JdbcClient jdbc;

	TwoStepRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Authenticator> find(UUID accountId) {
		return jdbc.sql("select account_id, secret, last_used_step, enrolled_at from account_totp where account_id = ?")
			.param(accountId)
			.query((rs, row) -> new Authenticator(rs.getObject("account_id", UUID.class), rs.getString("secret"),
					(Long) rs.getObject("last_used_step", Long.class), rs.getTimestamp("enrolled_at").toInstant()))
			.optional();
	}

	Set<UUID> enrolledIn(UUID clinicId) {
		return Set.copyOf(jdbc.sql("select t.account_id from account_totp t join account a on a.id = t.account_id where a.clinic_id = ?")
			.param(clinicId)
			.query(UUID.class)
			.list());
	}

	boolean isEnrolled(UUID accountId) {
		return jdbc.sql("select count(*) from account_totp where account_id = ?").param(accountId).query(Long.class)
			.single() > 0;
	}

	/** Enrols the account with the step of its first code already used; false if it was enrolled meanwhile. */
	boolean enrol(UUID accountId, String secret, long firstStep, Instant now) {
		try {
			jdbc.sql("insert into account_totp (account_id, secret, last_used_step, failed_codes, enrolled_at) values (?, ?, ?, 0, ?)")
				.params(accountId, secret, firstStep, SqlTime.of(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	/**
	 * Marks a step used if it is later than the last one used: one statement, so two requests (or two
	 * application instances) racing with the same code cannot both succeed.
	 */
	boolean useStep(UUID accountId, long step) {
		return jdbc.sql("""
				update account_totp set last_used_step = ?, failed_codes = 0
				where account_id = ? and (last_used_step is null or last_used_step < ?)""")
			.params(step, accountId, step)
			.update() == 1;
	}

	/** Counts a wrong code and returns the count of wrong codes in a row. */
	int recordWrongCode(UUID accountId) {
		jdbc.sql("update account_totp set failed_codes = failed_codes + 1 where account_id = ?").param(accountId).update();
		return jdbc.sql("select failed_codes from account_totp where account_id = ?").param(accountId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void clearWrongCodes(UUID accountId) {
		jdbc.sql("update account_totp set failed_codes = 0 where account_id = ? and failed_codes > 0").param(accountId)
			.update();
	}

	void remove(UUID accountId) {
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
		jdbc.sql("delete from account_totp where account_id = ?").param(accountId).update();
	}

	void replaceRecoveryCodes(UUID accountId, Collection<String> hashes, Instant now) {
		jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
		for (String hash : hashes) {
			jdbc.sql("insert into account_recovery_code (id, account_id, code_hash, created_at) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), accountId, hash, SqlTime.of(now))
				.update();
		}
	}

	/** Uses up a recovery code; false if there is no such unused code. Atomic, like {@link #useStep}. */
	boolean useRecoveryCode(UUID accountId, String hash, Instant now) {
		return jdbc.sql("update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
			.params(SqlTime.of(now), accountId, hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(UUID accountId) {
		return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}
}
