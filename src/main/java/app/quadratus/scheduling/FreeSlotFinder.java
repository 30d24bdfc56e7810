package app.quadratus.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The free-slot arithmetic, kept free of the database so it can be tested and timed alone: the
 * therapist's working blocks on each day, minus time off, minus their appointments, at the clinic's
 * slot step, each slot with the first room free for the appointment plus the room's turnover buffer.
 */
final class FreeSlotFinder {

	private FreeSlotFinder() {
	}

	/**
	 * @param therapistBusy the therapist's appointments; they never overlap each other (slot claims)
	 * @param roomBusy each room in the order rooms are offered, with its appointments up to their buffer
	 */
	static List<FreeSlot> find(ZoneId zone, LocalDate from, LocalDate to, List<WorkingBlock> week,
			List<TimeRange> timeOff, List<TimeRange> therapistBusy, LinkedHashMap<UUID, List<TimeRange>> roomBusy,
			int durationMinutes, int bufferMinutes, int stepMinutes, Instant earliest) {
		Duration duration = Duration.ofMinutes(durationMinutes);
		Duration withBuffer = duration.plusMinutes(bufferMinutes);
		Duration step = Duration.ofMinutes(stepMinutes);
		List<TimeRange> therapist = sorted(therapistBusy);
		Map<UUID, List<TimeRange>> rooms = new LinkedHashMap<>();
		roomBusy.forEach((room, busy) -> rooms.put(room, sorted(busy)));
		List<FreeSlot> slots = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (WorkingBlock block : week) {
				if (block.day() != day.getDayOfWeek()) {
					continue;
				}
				TimeRange working = new TimeRange(day.atTime(block.starts()).atZone(zone).toInstant(),
						day.atTime(block.ends()).atZone(zone).toInstant());
				for (TimeRange open : working.minus(timeOff)) {
					for (Instant start = open.start(); !start.plus(duration).isAfter(open.end()); start = start.plus(step)) {
						if (start.isBefore(earliest)) {
							continue;
						}
						Instant end = start.plus(duration);
						if (busy(therapist, start, end)) {
							continue;
						}
						UUID room = firstFreeRoom(rooms, start, start.plus(withBuffer));
						if (room != null) {
							slots.add(new FreeSlot(start, end, room));
						}
					}
				}
			}
		}
		slots.sort(Comparator.comparing(FreeSlot::start));
		return slots;
	}

	private static UUID firstFreeRoom(Map<UUID, List<TimeRange>> rooms, Instant start, Instant end) {
		for (Map.Entry<UUID, List<TimeRange>> room : rooms.entrySet()) {
			if (!busy(room.getValue(), start, end)) {
				return room.getKey();
			}
		}
		return null;
	}

	/**
	 * Whether any range overlaps [start, end). The ranges are sorted and do not overlap each other, so
	 * the only candidate is the last one starting before {@code end}: a binary search, not a scan.
	 */
	static boolean busy(List<TimeRange> ranges, Instant start, Instant end) {
		int low = 0;
		int high = ranges.size() - 1;
		int last = -1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			if (ranges.get(mid).start().isBefore(end)) {
				last = mid;
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		return last >= 0 && ranges.get(last).end().isAfter(start);
	}

	private static List<TimeRange> sorted(List<TimeRange> ranges) {
		List<TimeRange> copy = new ArrayList<>(ranges);
		copy.sort(Comparator.comparing(TimeRange::start));
		return copy;
	}
}
