package app.quadratus.scheduling;

/**
 * A clinic's booking rules. Staff booking uses the slot step and minimum notice for the free slots it
 * offers; online booking (later) adds the horizon and the cancellation cut-off.
 */
public record BookingPolicy(int minimumNoticeMinutes, int horizonDays, int cancellationCutoffHours,
		int slotStepMinutes) {

	public static final BookingPolicy DEFAULTS = new BookingPolicy(60, 90, 24, 15);
}
