package app.quadratus.screening;

/**
 * Keele STarT Back scores: total 0–9 and distress subscale 0–5 (items 5–9). Either may be null when not
 * given. High risk is a distress score of 4 or more (clinical facts §5.4).
 */
public record StartBack(Integer total, Integer distress) {

	public static final int HIGH_RISK_DISTRESS = 4;

	public StartBack {
		check(total, 9, "total");
		check(distress, 5, "distress");
	}

	public boolean highRisk() {
		return distress != null && distress >= HIGH_RISK_DISTRESS;
	}

	private static void check(Integer score, int max, String name) {
		if (score != null && (score < 0 || score > max)) {
			throw new IllegalArgumentException("STarT Back " + name + " must be 0-" + max + ", was " + score);
		}
	}
}
