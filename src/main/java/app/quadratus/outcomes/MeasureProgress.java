package app.quadratus.outcomes;

import java.util.List;

/**
 * A client's course on one measure: every completion against the first (the baseline), the goal if
 * one was set, and what the latest score means. The chart and the PDF render this; so can the portal.
 *
 * @param goal null when no goal target was set for this measure
 * @param latestChange the latest follow-up against the baseline; null with a single completion or for
 * STarT Back
 */
public record MeasureProgress(Instrument instrument, List<ProgressPoint> points, OutcomeGoal goal,
		Change latestChange, ProgressChart chart) {

	public ProgressPoint baseline() {
		return points.get(0);
	}

	public ProgressPoint latest() {
		return points.get(points.size() - 1);
	}

	public boolean hasFollowUp() {
		return points.size() > 1;
	}

	public int decimals() {
		return instrument.scale().decimals();
	}

	public boolean lowerIsBetter() {
		return instrument.polarity() == Polarity.LOWER_IS_BETTER;
	}
}
