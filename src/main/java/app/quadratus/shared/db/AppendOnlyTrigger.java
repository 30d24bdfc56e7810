package app.quadratus.shared.db;

/**
 * The name V23_1 gives H2's audit-log trigger, kept because a landed migration names it: every
 * UPDATE and DELETE is refused, whatever the table's columns ({@link RowNeverChangesTrigger}).
 */
public final class AppendOnlyTrigger extends RowNeverChangesTrigger {

	public AppendOnlyTrigger() {
		super(false);
	}
}
