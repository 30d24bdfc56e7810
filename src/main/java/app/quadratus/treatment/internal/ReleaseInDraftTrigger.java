package app.quadratus.treatment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's twin of PostgreSQL's {@code release_only_in_draft}: a release cannot be added to a signed
 * session, whatever writes it. Named in {@code db/vendor/h2}.
 */
public class ReleaseInDraftTrigger implements Trigger {

	private int sessionColumn = -1;

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
			while (columns.next()) {
				if ("SESSION_ID".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
					sessionColumn = columns.getInt("ORDINAL_POSITION") - 1;
				}
			}
		}
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		try (PreparedStatement signed = conn.prepareStatement(
				"select 1 from treatment_session where id = ? and signed_at is not null")) {
			signed.setObject(1, newRow[sessionColumn]);
			try (ResultSet rs = signed.executeQuery()) {
				if (rs.next()) {
					throw new SQLException("the session is signed; its release log is closed", "45000");
				}
			}
		}
	}
}
