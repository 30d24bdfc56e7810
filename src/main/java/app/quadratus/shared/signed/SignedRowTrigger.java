package app.quadratus.shared.signed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's "before update" trigger for signed rows, the twin of PostgreSQL's {@code signed_row_never_changes}:
 * a row whose {@code signed_at} is set never changes. On a table without that column every row is
 * append-only (releases, agreements, amendments). Named in {@code db/vendor/h2} migrations.
 */
public class SignedRowTrigger implements Trigger {

	private String table;

	/** The position of signed_at in a row, or -1 when the table has no such column. */
	private int signedAt = -1;

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		this.table = tableName;
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
		if (oldRow != null && (signedAt < 0 || oldRow[signedAt] != null)) {
			throw new SQLException(table + " row is signed and never changes; add an amendment", "45000");
		}
	}
}
