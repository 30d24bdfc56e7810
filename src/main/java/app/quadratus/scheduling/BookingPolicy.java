package app.quadratus.scheduling;

/**
 * A clinic's booking rules. Staff booking uses the slot step and minimum notice for the free slots it
 * offers; online booking adds the horizon, the cancellation cut-off (the clinic's own, not a fixed 24
 * hours) and whether a new client may book only a type meant for new clients (an initial assessment).
 */
public record BookingPolicy(int minimumNoticeMinutes, int horizonDays, int cancellationCutoffHours,
		int slotStepMinutes, boolean newClientsInitialOnly) {

	public static final BookingPolicy DEFAULTS = new BookingPolicy(60, 90, 24, 15, true);
}
