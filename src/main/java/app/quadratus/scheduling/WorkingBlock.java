package app.quadratus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One block of a therapist's usual week, in the clinic's zone. */
public record WorkingBlock(DayOfWeek day, LocalTime starts, LocalTime ends) {
}
