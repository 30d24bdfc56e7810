package app.quadratus.scheduling.feed;

import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

/**
 * Writes iCalendar (RFC 5545) text with ical4j: the therapist's feed and the .ics attached to a
 * booking confirmation. Times are written in UTC, so no VTIMEZONE is needed and every client reads
 * them alike.
 */
public final class CalendarFiles {

	public static final String MEDIA_TYPE = "text/calendar";

	private CalendarFiles() {
	}

	/** A calendar of events; {@code publish} for a feed, request for a single booking sent by email. */
	public static String write(List<CalendarEvent> events, boolean publish, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Quadratus//Scheduling//EN"));
		calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Method(publish ? Method.VALUE_PUBLISH : Method.VALUE_REQUEST));
		for (CalendarEvent e : events) {
			VEvent event = new VEvent(e.start(), e.end(), e.summary());
			event.add(new Uid(e.id() + "@quadratus"));
			event.add(new DtStamp(now));
			if (e.location() != null) {
				event.add(new Location(e.location()));
			}
			event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
			calendar.add(event);
		}
		return calendar.toString();
	}
}
