package app.quadratus.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's latest completed score of each outcome measure, offered by the outcomes module so a plan
 * can start from it (a measure goal's baseline) without depending on outcomes, which listens to plans.
 */
public interface LatestScores {

	record Score(String measure, BigDecimal score, Instant completedAt) {
	}

	/** Within the signed-in person's clinic, one per measure, in measure order. */
	List<Score> of(UUID clientId);

	/** A completed STarT Back: the total (0–9) and the distress subscale (0–5), which the screening reads. */
	record StartBackScore(int total, int distress, Instant completedAt) {
	}

	/**
	 * The client's latest completed STarT Back, within the signed-in person's clinic, for the assessment
	 * to start from; empty when never completed (or when no outcomes module is present).
	 */
	default java.util.Optional<StartBackScore> latestStartBack(UUID clientId) {
		return java.util.Optional.empty();
	}
}
