package app.quadratus.audit;

import app.quadratus.shared.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private static final String COLUMNS = "id, occurred_at, clinic_id, actor_id, actor_email, actor_role, action, object_type, object_id, client_id, outcome, address, previous_hash, hash";

	private final JdbcClient jdbc;

	private final AuditChain chain;

	AuditRepository(JdbcClient jdbc, AuditChain chain) {
		this.jdbc = jdbc;
		this.chain = chain;
	}

	/**
	 * Appends an entry linked to the clinic's previous one. The clinic's chain head is locked for the
	 * moment of the append, so concurrent entries (on any number of app instances) form one chain.
	 */
	void appendChained(AuditEntry draft) {
		String previousHash = null;
		if (draft.clinicId() != null) {
			jdbc.sql("insert into audit_chain_head (clinic_id, last_hash) values (?, null) on conflict do nothing")
				.param(draft.clinicId())
				.update();
			// a new chain's head holds null, which single() would refuse
			previousHash = jdbc.sql("select last_hash from audit_chain_head where clinic_id = ? for update")
				.param(draft.clinicId())
				.query((rs, row) -> rs.getString(1))
				.list()
				.get(0);
		}
		String hash = chain.seal(draft, previousHash);
		jdbc.sql("""
				insert into audit_event (occurred_at, clinic_id, actor_id, actor_email, actor_role, action, object_type,
				  object_id, client_id, outcome, address, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(SqlTime.of(draft.occurredAt()), draft.clinicId(), draft.actorId(), draft.actorEmail(), draft.actorRole(),
					draft.action().name(), draft.objectType(), draft.objectId(), draft.clientId(), draft.outcome().name(),
					draft.address(), previousHash, hash)
			.update();
		if (draft.clinicId() != null) {
			jdbc.sql("update audit_chain_head set last_hash = ? where clinic_id = ?").params(hash, draft.clinicId()).update();
		}
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

	/** One batch of the clinic's chain after the given id, oldest first: verification never loads it all. */
	List<AuditEntry> chainAfter(UUID clinicId, long afterId, int batch) {
		return jdbc.sql("select " + COLUMNS + " from audit_event where clinic_id = ? and id > ? order by id limit ?")
			.params(clinicId, afterId, batch)
			.query(AuditRepository::map)
			.list();
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

	record AuditFilter(UUID clientId, UUID actorId, AuditAction action, Instant from, Instant to) {
	}
}
