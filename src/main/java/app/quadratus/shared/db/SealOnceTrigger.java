package app.quadratus.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * The audit log's append-only rule on H2, as PostgreSQL's {@code audit_event_seal_once()}: no DELETE,
 * and no UPDATE except filling in the seal ({@code previous_hash}, {@code hash}, {@code seal_seq}) of a
 * row that has none, leaving every other column as it was. A seal, once written, never changes.
 */
public final class SealOnceTrigger implements Trigger {

	private static final Set<String> SEAL = Set.of("PREVIOUS_HASH", "HASH", "SEAL_SEQ");

	private String table;

	private final List<Integer> content = new ArrayList<>();

	private int hash = -1;

	private int sealSeq = -1;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		this.table = table.toLowerCase(Locale.ROOT);
		try (var columns = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (columns.next()) {
				String name = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
				int index = columns.getInt("ORDINAL_POSITION") - 1;
				if (name.equals("HASH")) {
					hash = index;
				}
				else if (name.equals("SEAL_SEQ")) {
					sealSeq = index;
				}
				if (!SEAL.contains(name)) {
					content.add(index);
				}
			}
		}
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow != null && sealing(oldRow, newRow)) {
			return;
		}
		// SQLSTATE 55000 "object not in prerequisite state", as AppendOnlyTrigger
		throw new SQLException(table + " is append-only", "55000");
	}

	private boolean sealing(Object[] oldRow, Object[] newRow) {
		if (hash < 0 || sealSeq < 0 || oldRow[hash] != null || oldRow[sealSeq] != null || newRow[hash] == null
				|| newRow[sealSeq] == null) {
			return false;
		}
		return content.stream().allMatch(i -> Objects.equals(oldRow[i], newRow[i]));
	}
}
