package app.quadratus.shared.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of the table it is attached to on the embedded H2 database, as the
 * PostgreSQL trigger functions do there: for tables whose rows must never change once written (the
 * audit log; later, signed clinical records). Attach it with
 * {@code CREATE TRIGGER t BEFORE UPDATE, DELETE ON table FOR EACH ROW CALL "app.quadratus.shared.db.AppendOnlyTrigger"}.
 * H2 fires no trigger on TRUNCATE: a foreign key that references the table makes H2 refuse it instead.
 */
public final class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		// SQLSTATE 55000 "object not in prerequisite state", the code PostgreSQL gives a raised exception a caller can act on
		throw new SQLException(table + " is append-only", "55000");
	}
}
