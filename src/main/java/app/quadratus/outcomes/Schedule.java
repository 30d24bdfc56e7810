package app.quadratus.outcomes;

/**
 * When a measure is repeated. Sessions, reviews and discharge belong to the treatment module, which
 * does not exist yet, so a schedule is data: "once" and "at intake" are due until completed; the
 * others are shown as what the therapist should ask for at that point of care.
 */
public enum Schedule {

	ONCE, AT_INTAKE, EVERY_N_SESSIONS, AT_REVIEW, AT_DISCHARGE;

	/** Whether completing the measure once settles this schedule. */
	boolean endsWithOneCompletion() {
		return this == ONCE || this == AT_INTAKE;
	}
}
