package app.quadratus.identity;

import app.quadratus.shared.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import app.quadratus.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	/** An invited account shows the address it was invited with until it is accepted. */
	private static final String COLUMNS = "id, clinic_id, coalesce(pending_email, email) as email, display_name, role, password_hash, enabled, failed_logins, locked_until, client_id";

	private final JdbcClient jdbc;

	private final StaffNames names;

	AccountRepository(JdbcClient jdbc, StaffNames names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	Optional<Account> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from account where email = ? and pending_email is null")
			.param(normalise(email))
			.query(AccountRepository::map)
			.optional();
	}

	/** The care-team account of an address, accepted or still invited: one per person, whatever the clinic. */
	Optional<Account> findPartner(String email) {
		return jdbc.sql("select " + COLUMNS + " from account where role = 'PARTNER' and (email = ? or pending_email = ?)")
			.params(normalise(email), normalise(email))
			.query(AccountRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	boolean isPending(UUID id) {
		return jdbc.sql("select count(*) from account where id = ? and pending_email is not null")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Account> findInClinic(UUID clinicId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from account where clinic_id = ? and id = ?")
			.params(clinicId, id)
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(AccountRepository::map).optional();
	}

	List<Account> staffOf(UUID clinicId) {
		return jdbc.sql("select " + COLUMNS + " from account where clinic_id = ? and role in ('OWNER','THERAPIST','RECEPTION') order by display_name")
			.param(clinicId)
			.query(AccountRepository::map)
			.list();
	}

	boolean anyExists() {
		return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
	}

	void insert(Account account, Instant now) {
		jdbc.sql("""
				insert into account (id, clinic_id, email, display_name, role, password_hash, enabled, failed_logins, client_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(account.id(), account.clinicId(), normalise(account.email()), account.displayName(),
					account.role().name(), account.passwordHash(), account.enabled(), account.clientId(), SqlTime.of(now))
			.update();
		names.evict(account.clinicId());
	}

	void updateStaff(UUID clinicId, UUID id, String displayName, Role role, boolean enabled) {
		jdbc.sql("update account set display_name = ?, role = ?, enabled = ? where clinic_id = ? and id = ?")
			.params(displayName, role.name(), enabled, clinicId, id)
			.update();
		names.evict(clinicId);
	}

	void setPassword(UUID id, String hash) {
		jdbc.sql("update account set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
			.params(hash, id)
			.update();
	}

	/** Whether the address belongs to an account of this clinic, or to one invited to it. */
	/** Whether the client already has an account (or an open invitation) in the clinic. */
	boolean clientHasAccount(UUID clinicId, UUID clientId) {
		return jdbc.sql("select count(*) from account where clinic_id = ? and client_id = ?")
			.params(clinicId, clientId).query(Long.class).single() > 0;
	}

	boolean emailTakenInClinic(UUID clinicId, String email) {
		return jdbc.sql("select count(*) from account where clinic_id = ? and (email = ? or pending_email = ?)")
			.params(clinicId, normalise(email), normalise(email))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * An invitation: the unique email column holds a placeholder that can never sign in, the address
	 * waits in pending_email until the invitation is accepted ({@link #claimPendingEmail}).
	 */
	void insertInvited(Account account, Instant now) {
		jdbc.sql("""
				insert into account (id, clinic_id, email, pending_email, display_name, role, password_hash, enabled, failed_logins, created_at, client_id)
				values (?, ?, ?, ?, ?, ?, null, true, 0, ?, ?)""")
			.params(account.id(), account.clinicId(), "invited-" + account.id() + "@pending.invalid",
					normalise(account.email()), account.displayName(), account.role().name(), SqlTime.of(now),
					account.clientId())
			.update();
		names.evict(account.clinicId());
	}

	/**
	 * Moves an accepted invitation's address into the unique email column. Throws DuplicateKeyException
	 * if the address has meanwhile (or already) an account, in any clinic.
	 */
	void claimPendingEmail(UUID id) {
		jdbc.sql("update account set email = pending_email, pending_email = null where id = ? and pending_email is not null")
			.param(id)
			.update();
	}

	Optional<String> tabletPinHash(UUID id) {
		return jdbc.sql("select tablet_pin_hash from account where id = ?").param(id).query(String.class).optional();
	}

	void setTabletPin(UUID id, String hash) {
		jdbc.sql("update account set tablet_pin_hash = ? where id = ?").params(hash, id).update();
	}

	/** A stronger hash of the same password (rewritten at sign-in); failures and locks are left alone. */
	void replaceHash(UUID id, String hash) {
		jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
	}

	/** Counts a failure and returns the new count; atomic so that parallel guesses all count. */
	int recordFailure(UUID id) {
		jdbc.sql("update account set failed_logins = failed_logins + 1 where id = ?").param(id).update();
		return jdbc.sql("select failed_logins from account where id = ?").param(id).query(Integer.class).single();
	}

	void lockUntil(UUID id, Instant until) {
		jdbc.sql("update account set locked_until = ?, failed_logins = 0 where id = ?").params(SqlTime.of(until), id).update();
	}

	/** An owner lifted the pause: failures and the lock both go. */
	void liftPause(UUID id) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
	}

	void clearFailures(UUID id) {
		// A pause stays until it runs out or an owner lifts it: a password that works from a known address
		// must not lift a pause set by wrong two-step codes (the second step has not been passed yet).
		jdbc.sql("update account set failed_logins = 0 where id = ? and failed_logins > 0")
			.param(id)
			.update();
	}

	static String normalise(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	private static Account map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class), rs.getString("email"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
				rs.getBoolean("enabled"), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant(),
				rs.getObject("client_id", UUID.class));
	}
}
