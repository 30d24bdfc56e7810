package app.quadratus.shared.signed;

import app.quadratus.shared.db.RowNeverChangesTrigger;

/**
 * The name V25_1 gives H2's signed-row trigger, kept because a landed migration names it: a signed row
 * (or any row of a table without {@code signed_at}) never changes ({@link RowNeverChangesTrigger}).
 */
public class SignedRowTrigger extends RowNeverChangesTrigger {
}
