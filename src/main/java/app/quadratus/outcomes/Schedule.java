package app.quadratus.outcomes;

/**
 * When a measure is repeated: "once" and "at intake" are due until completed; "every N sessions" and
 * "at review" fall due at the points of care the treatment module reports by event (signed sessions, a
 * plan's review date); "at discharge" is shown as what to ask for then.
 */
public enum Schedule {

	ONCE, AT_INTAKE, EVERY_N_SESSIONS, AT_REVIEW, AT_DISCHARGE;

	/** Whether completing the measure once settles this schedule. */
	boolean endsWithOneCompletion() {
		return this == ONCE || this == AT_INTAKE;
	}
}
