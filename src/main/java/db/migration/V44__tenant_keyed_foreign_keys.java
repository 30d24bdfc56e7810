package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes every foreign key between two tables of clinic data include {@code clinic_id}: the key
 * {@code (x_id) references t (id)} becomes {@code (clinic_id, x_id) references t (clinic_id, id)}, with
 * a {@code unique (clinic_id, id)} on the referenced table. A row can then never point at another
 * clinic's row, and a sharded PostgreSQL (Citus) can keep each clinic's rows together. Written in Java
 * because the keys to replace carry generated names that differ between H2 and PostgreSQL: it reads them
 * from INFORMATION_SCHEMA on either. Keys to the clinic itself and to the global tables (accounts) stay.
 */
public class V44__tenant_keyed_foreign_keys extends BaseJavaMigration {

	/** Tables that are not clinic data (see TenantKeyedSchemaTest for the reasons). */
	static final Set<String> GLOBAL = Set.of("clinic", "account");

	public record ForeignKey(String name, String table, String referenced, List<String> columns, List<String> referencedColumns,
			String deleteRule) {
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String schema = connection.getSchema();
		Set<String> tenantTables = tablesWithClinicId(connection, schema);
		Set<String> uniques = existingUniqueKeys(connection, schema);
		try (Statement ddl = connection.createStatement()) {
			for (ForeignKey fk : foreignKeys(connection, schema)) {
				if (!tenantTables.contains(fk.table()) || !tenantTables.contains(fk.referenced())
						|| GLOBAL.contains(fk.referenced()) || fk.columns().contains("clinic_id")) {
					continue;
				}
				String refColumns = "clinic_id, " + String.join(", ", fk.referencedColumns());
				String unique = fk.referenced() + " (" + refColumns + ")";
				if (uniques.add(unique)) {
					ddl.execute("alter table " + fk.referenced() + " add constraint " + name(fk.referenced(), fk.referencedColumns(), "tenant_key")
							+ " unique (" + refColumns + ")");
				}
				ddl.execute("alter table " + fk.table() + " drop constraint " + fk.name());
				String onDelete = "CASCADE".equalsIgnoreCase(fk.deleteRule()) ? " on delete cascade" : "";
				ddl.execute("alter table " + fk.table() + " add constraint " + name(fk.table(), fk.columns(), "tenant_fk")
						+ " foreign key (clinic_id, " + String.join(", ", fk.columns()) + ") references " + fk.referenced() + " ("
						+ refColumns + ")" + onDelete);
			}
		}
	}

	private static String name(String table, List<String> columns, String suffix) {
		String name = table + "_" + String.join("_", columns) + "_" + suffix;
		return name.length() <= 63 ? name : name.substring(0, 63);
	}

	public static Set<String> tablesWithClinicId(Connection connection, String schema) throws SQLException {
		Set<String> tables = new LinkedHashSet<>();
		try (var statement = connection.prepareStatement(
				"select table_name from information_schema.columns where lower(table_schema) = lower(?) and lower(column_name) = 'clinic_id'")) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	/** "table (col, col)" of every primary key and unique constraint, so none is added twice. */
	static Set<String> existingUniqueKeys(Connection connection, String schema) throws SQLException {
		String sql = """
				select tc.table_name, tc.constraint_name, k.column_name
				from information_schema.table_constraints tc
				join information_schema.key_column_usage k
				  on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
				where lower(tc.constraint_schema) = lower(?) and tc.constraint_type in ('UNIQUE', 'PRIMARY KEY')
				order by tc.constraint_name, k.ordinal_position""";
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, String> tables = new LinkedHashMap<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					tables.put(rs.getString(2), rs.getString(1).toLowerCase(Locale.ROOT));
					columns.computeIfAbsent(rs.getString(2), n -> new ArrayList<>()).add(rs.getString(3).toLowerCase(Locale.ROOT));
				}
			}
		}
		Set<String> keys = new LinkedHashSet<>();
		columns.forEach((name, cols) -> keys.add(tables.get(name) + " (" + String.join(", ", cols) + ")"));
		return keys;
	}

	/** Every foreign key of the schema, its columns in order and the columns they reference. */
	public static List<ForeignKey> foreignKeys(Connection connection, String schema) throws SQLException {
		String sql = """
				select rc.constraint_name, fk.table_name, fk.column_name, pk.table_name as ref_table, pk.column_name as ref_column,
				  rc.delete_rule, fk.ordinal_position
				from information_schema.referential_constraints rc
				join information_schema.key_column_usage fk
				  on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
				join information_schema.key_column_usage pk
				  on pk.constraint_schema = rc.unique_constraint_schema and pk.constraint_name = rc.unique_constraint_name
				  and pk.ordinal_position = fk.position_in_unique_constraint
				where lower(rc.constraint_schema) = lower(?)
				order by rc.constraint_name, fk.ordinal_position""";
		Map<String, ForeignKey> keys = new LinkedHashMap<>();
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					String name = rs.getString(1);
					ForeignKey key = keys.computeIfAbsent(name, n -> {
						try {
							return new ForeignKey(n, rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(4).toLowerCase(Locale.ROOT),
									new ArrayList<>(), new ArrayList<>(), rs.getString(6));
						}
						catch (SQLException e) {
							throw new IllegalStateException(e);
						}
					});
					key.columns().add(rs.getString(3).toLowerCase(Locale.ROOT));
					key.referencedColumns().add(rs.getString(5).toLowerCase(Locale.ROOT));
				}
			}
		}
		return List.copyOf(keys.values());
	}
}
