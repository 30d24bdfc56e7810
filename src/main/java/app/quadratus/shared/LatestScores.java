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
}
