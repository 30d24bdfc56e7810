package app.quadratus.scheduling.hire;

/** How a room was used in a month: the clinic's own appointments, hires, and what the hires earned. */
public record RoomUse(String room, boolean hireable, Integer hourlyRatePence, long clinicMinutes, long hiredMinutes,
		long incomePence) {

	public String clinicHours() {
		return hoursOf(clinicMinutes);
	}

	public String hiredHours() {
		return hoursOf(hiredMinutes);
	}

	public String income() {
		return Money.pounds(incomePence);
	}

	public String rate() {
		return hourlyRatePence == null ? "" : Money.pounds(hourlyRatePence);
	}

	static String hoursOf(long minutes) {
		return minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.format("%.1f", minutes / 60.0);
	}
}
