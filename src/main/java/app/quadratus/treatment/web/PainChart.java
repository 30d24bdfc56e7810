package app.quadratus.treatment.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The small inline chart of pain before and after the recent sessions: two polylines on a 0–10 scale,
 * with the same numbers as text for screen readers and print.
 *
 * @param before SVG points of the pain before each session
 * @param after SVG points of the pain after each session
 * @param text "6 → 3, 5 → 2, …", oldest first
 */
public record PainChart(String before, String after, String text, int count, List<Mark> marks) {

	/** One session's two dots: x, and y of the pain before and after. */
	public record Mark(long x, long before, long after) {
	}

	static final int WIDTH = 520;

	static final int HEIGHT = 120;

	static final int LEFT = 24;

	static final int TOP = 8;

	static final int PLOT_HEIGHT = 100;

	public static PainChart of(List<int[]> pain) {
		int n = pain.size();
		double step = n <= 1 ? 0 : (WIDTH - LEFT - 20) / (double) (n - 1);
		StringBuilder before = new StringBuilder();
		StringBuilder after = new StringBuilder();
		List<Mark> marks = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			long x = Math.round(LEFT + 8 + i * step);
			marks.add(new Mark(x, y(pain.get(i)[0]), y(pain.get(i)[1])));
			before.append(x).append(',').append(y(pain.get(i)[0])).append(' ');
			after.append(x).append(',').append(y(pain.get(i)[1])).append(' ');
		}
		String text = pain.stream().map(p -> p[0] + " → " + p[1]).collect(Collectors.joining(", "));
		return new PainChart(before.toString().strip(), after.toString().strip(), text, n, marks);
	}

	public boolean drawable() {
		return count >= 1;
	}

	private static long y(int pain) {
		return Math.round(TOP + PLOT_HEIGHT - pain * (PLOT_HEIGHT / 10.0));
	}
}
