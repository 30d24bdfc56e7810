package app.quadratus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a server-rendered SVG chart of one measure over time: the scores on a time axis,
 * the baseline, the band around it that a change must leave to be clinically important (MCID), and the
 * goal target. Coordinates only; the template draws them, so the portal and the PDF can reuse it.
 */
public record ProgressChart(int width, int height, List<Tick> ticks, List<Dot> dots, String line, int baselineY,
		Band mcidBand, Integer goalY, int left, int right, int top, int bottom) {

	public record Tick(String label, int y) {
	}

	public record Dot(int x, int y, String label, String date) {
	}

	/** The band's top edge and height in pixels. */
	public record Band(int y, int height) {
	}

	private static final int WIDTH = 640;

	private static final int HEIGHT = 260;

	private static final int LEFT = 44;

	private static final int RIGHT = 20;

	private static final int TOP = 14;

	private static final int BOTTOM = 44;

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	static ProgressChart of(Instrument instrument, List<ProgressPoint> points, OutcomeGoal goal) {
		Scale scale = instrument.scale();
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double plotWidth = WIDTH - LEFT - RIGHT;
		java.util.function.DoubleUnaryOperator y = value -> TOP + plotHeight * (scale.max() - value) / (scale.max() - scale.min());
		LocalDate first = points.get(0).date();
		long span = Math.max(1, ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date()));
		List<Dot> dots = new ArrayList<>();
		for (ProgressPoint point : points) {
			double x = points.size() == 1 ? LEFT + plotWidth / 2
					: LEFT + plotWidth * ChronoUnit.DAYS.between(first, point.date()) / span;
			dots.add(new Dot((int) Math.round(x), (int) Math.round(y.applyAsDouble(point.score().doubleValue())),
					point.display(scale.decimals()), DATE.format(point.date())));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = scale.min() + (scale.max() - scale.min()) * i / 4.0;
			String label = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
			ticks.add(new Tick(label, (int) Math.round(y.applyAsDouble(value))));
		}
		BigDecimal baseline = points.get(0).score();
		Band band = null;
		if (instrument.hasChangeRule()) {
			BigDecimal threshold = threshold(instrument.minimalImportantChange(), baseline);
			double high = Math.min(scale.max(), baseline.add(threshold).doubleValue());
			double low = Math.max(scale.min(), baseline.subtract(threshold).doubleValue());
			int topEdge = (int) Math.round(y.applyAsDouble(high));
			band = new Band(topEdge, (int) Math.round(y.applyAsDouble(low)) - topEdge);
		}
		Integer goalY = goal == null ? null : (int) Math.round(y.applyAsDouble(goal.target().doubleValue()));
		String line = dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" "));
		return new ProgressChart(WIDTH, HEIGHT, ticks, dots, line, (int) Math.round(y.applyAsDouble(baseline.doubleValue())),
				band, goalY, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM);
	}

	/**
	 * The smallest change that counts from this baseline: the points, or the share of the baseline
	 * when that is smaller (NPRS, RMDQ), since either one reaching it is enough.
	 */
	static BigDecimal threshold(MinimalImportantChange mcid, BigDecimal baseline) {
		if (mcid.percentOfBaseline() == null || baseline.signum() <= 0) {
			return mcid.points();
		}
		BigDecimal share = baseline.multiply(mcid.percentOfBaseline()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return share.min(mcid.points());
	}
}
