package app.quadratus.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plays someone with the database owner's rights, who can switch the append-only triggers off: what
 * the chain must still expose. Always switches them back on.
 */
final class DatabaseOwner {

	private final JdbcClient jdbc;

	DatabaseOwner(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean postgres() {
		return "postgres".equals(System.getProperty("quadratus.test.database"));
	}

	void withoutTriggers(Runnable tampering) {
		if (postgres()) {
			jdbc.sql("alter table audit_event disable trigger user").update();
		}
		else {
			jdbc.sql("drop trigger audit_event_append_only").update();
		}
		try {
			tampering.run();
		}
		finally {
			if (postgres()) {
				jdbc.sql("alter table audit_event enable trigger user").update();
			}
			else {
				jdbc.sql("create trigger audit_event_append_only before update, delete on audit_event for each row call \"app.quadratus.shared.db.SealOnceTrigger\"")
					.update();
			}
		}
	}

	/** The rows as stored, to put them back after a test removed them. */
	List<Map<String, Object>> rows(long... ids) {
		return java.util.Arrays.stream(ids)
			.mapToObj(id -> jdbc.sql("select * from audit_event where id = ?").param(id).query().singleRow())
			.toList();
	}

	void reinsert(List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			jdbc.sql("""
					insert into audit_event (id, occurred_at, clinic_id, actor_id, actor_email, actor_role, action, object_type,
					  object_id, client_id, outcome, address, previous_hash, hash, seal_seq)
					values (:id, :occurred_at, :clinic_id, :actor_id, :actor_email, :actor_role, :action, :object_type,
					  :object_id, :client_id, :outcome, :address, :previous_hash, :hash, :seal_seq)""")
				.params(lowerCaseKeys(row))
				.update();
		}
	}

	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		var lower = new java.util.HashMap<String, Object>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return lower;
	}
}
