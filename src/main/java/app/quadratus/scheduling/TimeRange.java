package app.quadratus.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A half-open span of time [start, end). */
record TimeRange(Instant start, Instant end) {

	boolean overlaps(Instant otherStart, Instant otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}

	/** What is left of this range once each of the holes (any order) is cut out. */
	List<TimeRange> minus(List<TimeRange> holes) {
		List<TimeRange> left = new ArrayList<>(List.of(this));
		for (TimeRange hole : holes) {
			List<TimeRange> next = new ArrayList<>();
			for (TimeRange piece : left) {
				if (!piece.overlaps(hole.start, hole.end)) {
					next.add(piece);
					continue;
				}
				if (piece.start.isBefore(hole.start)) {
					next.add(new TimeRange(piece.start, hole.start));
				}
				if (hole.end.isBefore(piece.end)) {
					next.add(new TimeRange(hole.end, piece.end));
				}
			}
			left = next;
		}
		return left;
	}
}
