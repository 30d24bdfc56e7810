package app.quadratus.scheduling.feed;

import java.time.Instant;
import java.util.UUID;

/** One event in an iCalendar file: times, a title and a place. Nothing clinical ever goes in one. */
public record CalendarEvent(UUID id, Instant start, Instant end, String summary, String location, boolean cancelled) {
}
