package app.quadratus.audit;

import app.quadratus.shared.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private static final String COLUMNS = "id, occurred_at, clinic_id, actor_id, actor_email, actor_role, action, object_type, object_id, client_id, outcome, address, previous_hash, hash";

	private final JdbcClient jdbc;

	private final AuditChain chain;

	private final JdbcTemplate jdbcTemplate;

	AuditRepository(JdbcTemplate jdbcTemplate, AuditChain chain) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.chain = chain;
	}

	/**
	 * Appends an entry without a seal, taking no lock: the request that recorded it never waits for another
	 * one. {@link AuditSealer} links it into the clinic's chain soon after it commits. An entry outside any
	 * clinic (a failed sign-in with an unknown address) belongs to no chain and is sealed alone at once.
	 */
	void append(AuditEntry draft) {
		String hash = draft.clinicId() == null ? chain.seal(draft, null) : null;
		jdbc.sql("""
				insert into audit_event (occurred_at, clinic_id, actor_id, actor_email, actor_role, action, object_type,
				  object_id, client_id, outcome, address, previous_hash, hash, seal_seq)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?)""")
			.params(SqlTime.of(draft.occurredAt()), draft.clinicId(), draft.actorId(), draft.actorEmail(), draft.actorRole(),
					draft.action().name(), draft.objectType(), draft.objectId(), draft.clientId(), draft.outcome().name(),
					draft.address(), hash, hash == null ? null : 0L)
			.update();
	}

	/** Clinics with entries waiting for their seal (the partial / leading-null index keeps this cheap). */
	List<UUID> clinicsWithUnsealed() {
		return jdbc.sql("select distinct clinic_id from audit_event where seal_seq is null and clinic_id is not null")
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list();
	}

	/**
	 * Claims the clinic's chain head for this transaction, or answers empty when another sealer (on this or
	 * another instance) holds it: that one is sealing the clinic, so this one moves on.
	 */
	Optional<ChainHead> claimHead(UUID clinicId) {
		jdbc.sql("insert into audit_chain_head (clinic_id, last_hash, last_seq) values (?, null, 0) on conflict do nothing")
			.param(clinicId)
			.update();
		return jdbc.sql("select last_hash, last_seq from audit_chain_head where clinic_id = ? for update skip locked")
			.param(clinicId)
			.query((rs, row) -> new ChainHead(rs.getString(1), rs.getLong(2)))
			.optional();
	}

	/** The clinic's committed entries not sealed yet, oldest first. */
	List<AuditEntry> unsealed(UUID clinicId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from audit_event where clinic_id = ? and seal_seq is null order by id limit ?")
			.params(clinicId, limit)
			.query(AuditRepository::map)
			.list();
	}

	/** Writes the seals of a run of entries (the database lets an unsealed entry be sealed once, nothing else). */
	void seal(List<AuditEntry> sealed, long firstSeq) {
		List<Object[]> rows = new ArrayList<>();
		long seq = firstSeq;
		for (AuditEntry e : sealed) {
			rows.add(new Object[] { e.previousHash(), e.hash(), seq++, e.id() });
		}
		jdbcTemplate.batchUpdate("update audit_event set previous_hash = ?, hash = ?, seal_seq = ? where id = ? and seal_seq is null",
				rows);
	}

	void moveHead(UUID clinicId, ChainHead head) {
		jdbc.sql("update audit_chain_head set last_hash = ?, last_seq = ? where clinic_id = ?")
			.params(head.lastHash(), head.lastSeq(), clinicId)
			.update();
	}

	long countUnsealed(UUID clinicId) {
		return jdbc.sql("select count(*) from audit_event where clinic_id = ? and seal_seq is null")
			.param(clinicId)
			.query(Long.class)
			.single();
	}

	List<AuditEntry> search(UUID clinicId, AuditFilter filter, int limit, int offset) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where clinic_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(clinicId);
		if (filter.clientId() != null) {
			sql.append(" and client_id = ?");
			params.add(filter.clientId());
		}
		if (filter.actorId() != null) {
			sql.append(" and actor_id = ?");
			params.add(filter.actorId());
		}
		if (filter.action() != null) {
			sql.append(" and action = ?");
			params.add(filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(SqlTime.of(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(SqlTime.of(filter.to()));
		}
		sql.append(" order by id desc limit ? offset ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(AuditRepository::map).list();
	}

	/** One batch of the clinic's sealed chain after the given position, in chain order: verification never loads it all. */
	List<SealedEntry> chainAfter(UUID clinicId, long afterSeq, int batch) {
		return jdbc.sql("select " + COLUMNS + ", seal_seq from audit_event where clinic_id = ? and seal_seq > ? order by seal_seq limit ?")
			.params(clinicId, afterSeq, batch)
			.query((rs, row) -> new SealedEntry(rs.getLong("seal_seq"), map(rs, row)))
			.list();
	}

	/** One entry by id (sealed or not). */
	AuditEntry entry(long id) {
		return jdbc.sql("select " + COLUMNS + " from audit_event where id = ?").param(id).query(AuditRepository::map).single();
	}

	/** The seal of the clinic's newest entry as the chain head records it; null for an empty chain. */
	String headOf(UUID clinicId) {
		return jdbc.sql("select last_hash from audit_chain_head where clinic_id = ?")
			.param(clinicId)
			.query((rs, row) -> rs.getString(1))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The newest entry sealed with the unkeyed hash (V23); 0 when none may be (or the record is gone). */
	long legacyUpTo() {
		return jdbc.sql("select coalesce(max(up_to_id), 0) from audit_chain_legacy").query(Long.class).single();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("clinic_id", UUID.class), rs.getObject("actor_id", UUID.class), rs.getString("actor_email"),
				rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"),
				rs.getString("object_id"), rs.getObject("client_id", UUID.class),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("address"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/** Where a clinic's chain ends: the newest seal and its position. */
	record ChainHead(String lastHash, long lastSeq) {
	}

	/** An entry with its position in the clinic's chain. */
	record SealedEntry(long seq, AuditEntry entry) {
	}

	record AuditFilter(UUID clientId, UUID actorId, AuditAction action, Instant from, Instant to) {
	}
}
