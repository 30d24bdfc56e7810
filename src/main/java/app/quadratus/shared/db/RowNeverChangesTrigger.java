package app.quadratus.shared.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * The one H2 trigger for rows that never change, the twin of PostgreSQL's {@code row_is_append_only},
 * {@code signed_row_never_changes} and the audit log's functions. Attached {@code BEFORE UPDATE} (and
 * {@code DELETE}, where deleting is refused too), it refuses the change of any row, except that on a
 * table with a {@code signed_at} column an unsigned row (a draft) may still change. So the same class
 * serves append-only tables (audit log, releases, agreements, amendments) and signed ones (sessions,
 * plan and assessment versions): the table's shape is its parameter. Named in {@code db/vendor/h2}
 * migrations, which keep working under the older names {@link AppendOnlyTrigger} and
 * {@link app.quadratus.shared.signed.SignedRowTrigger}.
 * H2 fires no trigger on TRUNCATE: a foreign key that references the table makes H2 refuse it instead.
 */
public class RowNeverChangesTrigger implements Trigger {

	private final boolean draftsMayChange;

	private String table;

	/** The position of signed_at in a row; -1 when the table has none or drafts may not change. */
	private int signedAt = -1;

	public RowNeverChangesTrigger() {
		this(true);
	}

	/** @param draftsMayChange whether an unsigned row of a table with {@code signed_at} may change */
	protected RowNeverChangesTrigger(boolean draftsMayChange) {
		this.draftsMayChange = draftsMayChange;
	}

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		this.table = tableName.toLowerCase(Locale.ROOT);
		if (!draftsMayChange) {
			return;
		}
		try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
			while (columns.next()) {
				if ("SIGNED_AT".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
					signedAt = columns.getInt("ORDINAL_POSITION") - 1;
				}
			}
		}
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		if (oldRow == null) {
			return;
		}
		// SQLSTATE 55000 "object not in prerequisite state": a refusal the caller can act on, not a fault.
		if (signedAt < 0) {
			throw new SQLException(table + " is append-only: its rows never change", "55000");
		}
		if (oldRow[signedAt] != null) {
			throw new SQLException(table + " row is signed and never changes; add an amendment", "55000");
		}
	}
}
