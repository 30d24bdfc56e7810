package app.quadratus.scheduling;

import java.time.LocalDate;
import java.util.List;

/** One column of the calendar: a therapist's or a room's day, or one day of the week (then date is set). */
record CalendarColumn(String title, LocalDate date, List<DiaryEntry> entries) {
}
