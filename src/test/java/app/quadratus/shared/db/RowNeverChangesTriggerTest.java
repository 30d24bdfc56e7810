package app.quadratus.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The one H2 trigger for rows that never change, under its own name and the two names landed migrations
 * use: the table's shape decides whether a draft may change.
 */
class RowNeverChangesTriggerTest {

	@Test
	void onATableWithSignedAtADraftChangesAndASignedRowNever() throws SQLException {
		for (String trigger : new String[] { "app.quadratus.shared.db.RowNeverChangesTrigger",
				"app.quadratus.shared.signed.SignedRowTrigger" }) {
			try (Connection db = h2(); Statement sql = db.createStatement()) {
				sql.execute("create table note (id int primary key, text varchar(20), signed_at timestamp)");
				sql.execute("create trigger note_signed before update on note for each row call '" + trigger + "'");
				sql.execute("insert into note values (1, 'draft', null), (2, 'signed', current_timestamp)");

				assertThat(sql.executeUpdate("update note set text = 'edited' where id = 1")).isEqualTo(1);
				assertThat(sql.executeUpdate("update note set signed_at = current_timestamp where id = 1"))
					.as("signing is the draft's last change").isEqualTo(1);
				for (int id : new int[] { 1, 2 }) {
					assertThatThrownBy(() -> sql.executeUpdate("update note set text = 'x' where id = " + id))
						.as(trigger).hasMessageContaining("note row is signed and never changes");
				}
			}
		}
	}

	@Test
	void onATableWithoutSignedAtOrUnderTheAppendOnlyNameEveryRowIsRefused() throws SQLException {
		try (Connection db = h2(); Statement sql = db.createStatement()) {
			sql.execute("create table release (id int primary key, pressure int)");
			sql.execute("create trigger release_append_only before update on release for each row call "
					+ "'app.quadratus.shared.db.RowNeverChangesTrigger'");
			sql.execute("create table log (id int primary key, signed_at timestamp)");
			sql.execute("create trigger log_append_only before update, delete on log for each row call "
					+ "'app.quadratus.shared.db.AppendOnlyTrigger'");
			sql.execute("insert into release values (1, 5)");
			sql.execute("insert into log values (1, null)");

			assertThatThrownBy(() -> sql.executeUpdate("update release set pressure = 0"))
				.hasMessageContaining("release is append-only: its rows never change");
			assertThatThrownBy(() -> sql.executeUpdate("update log set signed_at = current_timestamp"))
				.as("the append-only name ignores signed_at").hasMessageContaining("append-only");
			assertThatThrownBy(() -> sql.executeUpdate("delete from log")).hasMessageContaining("append-only");
			assertThat(sql.executeQuery("select count(*) from log").next()).isTrue();
		}
	}

	private static Connection h2() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:trigger-" + UUID.randomUUID(), "sa", "");
	}
}
