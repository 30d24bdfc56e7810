package app.quadratus.scheduling.hire;

import java.time.LocalTime;

/** When the clinic lets its hireable rooms, every day, in the clinic's time zone. */
record HireHours(LocalTime opens, LocalTime closes) {

	/** A clinic that has not set its hours: the working day and the evening, when hirers mostly work. */
	static final HireHours DEFAULT = new HireHours(LocalTime.of(8, 0), LocalTime.of(21, 0));
}
