package app.quadratus.scheduling.hire;

import java.time.YearMonth;
import java.util.List;

import app.quadratus.clinic.Clinic;

/** A hirer's month: each hire they kept (cancelled ones are not charged) and the total due. */
public record HireStatement(Clinic clinic, String hirerName, YearMonth month, List<HireRow> rows) {

	public long totalPence() {
		return rows.stream().mapToLong(HireRow::amountPence).sum();
	}

	public String total() {
		return Money.pounds(totalPence());
	}

	public long totalMinutes() {
		return rows.stream().mapToLong(HireRow::minutes).sum();
	}

	public String totalHours() {
		return RoomUse.hoursOf(totalMinutes());
	}
}
